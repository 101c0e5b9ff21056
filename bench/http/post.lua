-- wrk script: POST one GraphQL document (from the QUERY environment variable) with the caller's token (TOKEN).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.body = '{"query":' .. string.format("%q", os.getenv("QUERY")):gsub("\\\n", "\\n") .. '}'

-- Count non-200 answers so a run that only measured errors is visible.
local non200 = 0
function response(status, headers, body)
  if status ~= 200 then non200 = non200 + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, non-200 %d, errors %d, p50 %.2f ms, p99 %.2f ms, %.0f req/s\n",
    summary.requests, non200, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
