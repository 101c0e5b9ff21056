using GraphApi.Schema.Mutations;
namespace GraphApi.Features.Pins;

public sealed class CreatePinErrorType() : UserErrorUnion("CreatePinError");

public sealed class UpdatePinErrorType() : UserErrorUnion("UpdatePinError");

public sealed class DeletePinErrorType() : UserErrorUnion("DeletePinError");

public sealed class SavePinErrorType() : UserErrorUnion("SavePinError");
