-- wrk script for run.sh. `wrk ... -s bench.lua URL -- post FILE` sends FILE as a JSON POST body
-- (the aggregation); without arguments the request is wrk's plain GET of URL. Either way the
-- request is built once, so wrk spends no Lua per request. At the end it prints one line that
-- run.sh reads, with latencies in milliseconds:
--   BENCH requests=N rps=R p50=MS p99=MS max=MS errors=N non2xx=N timeouts=N

function init(args)
  if args[1] == "post" then
    local file = assert(io.open(args[2], "rb"))
    wrk.method = "POST"
    wrk.body = file:read("*a")
    file:close()
    wrk.headers["Content-Type"] = "application/json"
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH requests=%d rps=%.1f p50=%.3f p99=%.3f max=%.3f errors=%d non2xx=%d timeouts=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write, e.status, e.timeout))
end
