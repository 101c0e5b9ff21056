using GraphApi.Pinterest.Pagination;
using GraphApi.Pinterest.Pins;

namespace GraphApi.Pinterest.Boards;

/// <summary>Sections of a board (tag <c>boards</c>, operations <c>board_sections/*</c>).</summary>
public interface IBoardSectionsClient
{
    /// <summary>Lists a board's sections (<c>board_sections/list</c>).</summary>
    Task<Page<BoardSection>> ListAsync(string boardId, PageRequest? page = null, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a section (<c>board_sections/create</c>). Never retried automatically.</summary>
    Task<BoardSection> CreateAsync(string boardId, CreateBoardSectionRequest request, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Renames a section (<c>board_sections/update</c>); concurrent edits give a conflict.</summary>
    Task<BoardSection> UpdateAsync(string boardId, string sectionId, UpdateBoardSectionRequest request, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a section and its Pins (<c>board_sections/delete</c>).</summary>
    Task DeleteAsync(string boardId, string sectionId, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the Pins in a section (<c>board_sections/list_pins</c>).</summary>
    Task<Page<Pin>> ListPinsAsync(string boardId, string sectionId, PageRequest? page = null, string? adAccountId = null, CancellationToken cancellationToken = default);
}
