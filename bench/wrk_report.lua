-- wrk script for bench/portal_speed.py: prints one JSON line with requests, duration, errors
-- (connect, read, write, timeouts and answers other than 2xx/3xx) and latency percentiles.
-- With an argument (after "--"), requests cycle through the paths listed in that file.
local paths = {}
local next_path = 1

function init(args)
  if args[1] then
    for line in io.lines(args[1]) do
      if line ~= "" then paths[#paths + 1] = line end
    end
  end
end

function request()
  if #paths == 0 then
    return wrk.format(nil)
  end
  local path = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format(nil, path)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "errors": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d}\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
