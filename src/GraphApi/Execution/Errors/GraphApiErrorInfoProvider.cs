using GraphApi.Execution.Scopes;
using GraphApi.Schema.Uploads;
using GraphQL;
using GraphQL.Execution;

namespace GraphApi.Execution.Errors;

/// <summary>
/// The GraphQL error seam's output side: an exception nobody mapped becomes "Unexpected error." with code
/// <c>INTERNAL_ERROR</c> and a trace id to find the logged details, never the exception's own message
/// (which may name internals, URLs or tokens). Only in Development does the exception text ride along.
/// </summary>
internal sealed class GraphApiErrorInfoProvider(IHttpContextAccessor httpContextAccessor, IHostEnvironment environment)
    : ErrorInfoProvider(options =>
    {
        options.ExposeExceptionDetails = false;
        // "codes" lists the exception type chain (SOCKET, JSON_READER...): internals, and "code" already says it all.
        options.ExposeCodes = false;
    })
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        if (executionError is not UnhandledError unhandled)
        {
            var info = base.GetInfo(executionError);
            if (executionError.InnerException is UploadValueException upload)
            {
                // An Upload variable given a JSON value: the engine's "Unable to convert" does not say how to send a file.
                info.Message = $"{info.Message}. {upload.Message}";
            }

            if (executionError is IErrorExtensions own)
            {
                var merged = info.Extensions ?? new Dictionary<string, object?>();
                foreach (var (key, value) in own.AdditionalExtensions)
                {
                    merged[key] = value;
                }

                info.Extensions = merged;
            }

            return info;
        }

        var extensions = new Dictionary<string, object?>
        {
            ["code"] = ErrorCodes.InternalError,
            ["traceId"] = TraceId.Current(httpContextAccessor.HttpContext),
        };
        if (environment.IsDevelopment())
        {
            extensions["details"] = (unhandled.InnerException ?? unhandled).ToString();
        }

        return new ErrorInfo { Message = "Unexpected error.", Extensions = extensions };
    }
}
