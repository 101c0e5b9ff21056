using GraphApi.Schema.Mutations;
namespace GraphApi.Features.Boards;

public sealed class CreateBoardErrorType() : UserErrorUnion("CreateBoardError");

public sealed class UpdateBoardErrorType() : UserErrorUnion("UpdateBoardError");

public sealed class DeleteBoardErrorType() : UserErrorUnion("DeleteBoardError");

public sealed class CreateBoardSectionErrorType() : UserErrorUnion("CreateBoardSectionError");

public sealed class UpdateBoardSectionErrorType() : UserErrorUnion("UpdateBoardSectionError");

public sealed class DeleteBoardSectionErrorType() : UserErrorUnion("DeleteBoardSectionError");
