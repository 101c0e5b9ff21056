using BenchmarkDotNet.Running;

namespace GraphApi.Bench.Micro;

internal static class MicroMain
{
    public static void Main(string[] args)
    {
        // In process by default: BenchmarkDotNet's out-of-process toolchain generates a project under bin/, inside this
        // repository, where Directory.Build.props (warnings as errors, analyzers) and central package versions apply
        // to generated code it does not write for them. --outOfProcess opts out.
        var outOfProcess = args.Contains("--outOfProcess", StringComparer.Ordinal);
        args = [.. args.Where(a => a != "--outOfProcess")];
        if (!outOfProcess && !args.Contains("--inProcess", StringComparer.Ordinal) && !args.Contains("-i", StringComparer.Ordinal))
        {
            args = [.. args, "--inProcess"];
        }

        BenchmarkSwitcher.FromAssembly(typeof(MicroMain).Assembly).Run(args);
    }
}
