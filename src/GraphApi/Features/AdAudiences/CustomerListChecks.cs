using System.Globalization;
using GraphApi.Schema.Mutations;

namespace GraphApi.Features.AdAudiences;

/// <summary>
/// Bounds on customer records (<see cref="CustomerListOptions"/>). Messages give counts and positions, never a record:
/// they reach the caller's response and, for errors, logs.
/// </summary>
internal static class CustomerListChecks
{
    public static InputChecks Records(this InputChecks checks, IReadOnlyList<string> records, CustomerListOptions options)
    {
        if (records.Count == 0)
        {
            return checks.Fail("records", "`records` needs at least one record.");
        }

        if (records.Count > options.MaxRecords)
        {
            return checks.Fail("records", string.Create(CultureInfo.InvariantCulture,
                $"`records` holds {records.Count} records; at most {options.MaxRecords} go in one request (Ads:CustomerLists:MaxRecords): send the rest with updateCustomerList."));
        }

        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            if (record.Length == 0 || record.Length > options.MaxRecordLength || record.Contains(',', StringComparison.Ordinal) || record.Trim().Length != record.Length)
            {
                return checks.Fail("records", string.Create(CultureInfo.InvariantCulture,
                    $"Record {i + 1} is empty, longer than {options.MaxRecordLength} characters (Ads:CustomerLists:MaxRecordLength), or holds a comma or surrounding spaces."));
            }
        }

        return checks;
    }
}
