// Tests start the real host through WebApplicationFactory<Program>; top-level statements make Program internal,
// so this partial declaration makes it public for the test project.
#pragma warning disable CA1515 // Program must be public for WebApplicationFactory<Program>.
public partial class Program;
#pragma warning restore CA1515
