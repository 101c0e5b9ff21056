-- wrk script of the benchmark runner: POSTs the JSON body in BODY_FILE with the bearer token in TOKEN (when set),
-- and counts every answer that is not a 200 or carries a non-empty "errors" list, so a run that only measured
-- failures cannot pass for a result. wrk runs this script once per thread plus once for setup/done: the
-- per-thread counters are read back with thread:get in done().
local file = assert(io.open(os.getenv("BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
local token = os.getenv("TOKEN")
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non200 = 0
  graphqlErrors = 0
end

function response(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
  elseif body and string.find(body, '"errors":%s*%[%s*{') then
    -- Top-level GraphQL errors, or a mutation payload's non-empty errors list ("errors":[] is success).
    graphqlErrors = graphqlErrors + 1
  end
end

function done(summary, latency, requests)
  local bad, failed = 0, 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("non200")
    failed = failed + thread:get("graphqlErrors")
  end
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d non200=%d graphqlErrors=%d socketErrors=%d p50us=%d p99us=%d durationUs=%d\n",
    summary.requests, bad, failed, socket, latency:percentile(50), latency:percentile(99), summary.duration))
end
