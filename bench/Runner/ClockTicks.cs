using System.Diagnostics;
using System.Globalization;

namespace GraphApi.Bench.Runner;

/// <summary>The kernel's USER_HZ (the unit of /proc/PID/stat times), from <c>getconf CLK_TCK</c>; 100 on nearly every Linux.</summary>
internal static class ClockTicks
{
    public static readonly double PerSecond = Read();

    private static double Read()
    {
        try
        {
            using var getconf = Process.Start(new ProcessStartInfo("getconf", "CLK_TCK") { RedirectStandardOutput = true, UseShellExecute = false });
            var text = getconf!.StandardOutput.ReadToEnd().Trim();
            getconf.WaitForExit();
            return double.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var hz) && hz > 0 ? hz : 100;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return 100;
        }
    }
}
