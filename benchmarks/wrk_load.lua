-- wrk script for bench_service.py: POST /parse of the pages listed in the file named by the first script
-- argument (lines "<content type>\t<path>"), cycled, each thread stopping after its share of the requests
-- (second argument). Past its share a connection sends nothing more (delay() parks it), and when the last
-- answer is in the thread stops and prints "DONE" (wrk itself runs until its -d duration or a SIGINT, which
-- the benchmark sends on reading DONE), so no request is left running on the server after the round.
-- Counts statuses per thread; done() prints the lines the benchmark reads:
--   RESULT <requests> <microseconds> <status>=<count>,...
--   LATENCY <p1 us> <p2 us> ... <p99 us> <max us>
counts = {}  -- global: done() reads it from each thread with thread:get
local requests, sent, scheduled, limit = {}, 0, 0, 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  limit = tonumber(args[2])
  for line in io.lines(args[1]) do
    local kind, path = line:match("^([^\t]+)\t(.+)$")
    local file = assert(io.open(path, "rb"))
    local body = file:read("*a")
    file:close()
    table.insert(requests, wrk.format("POST", "/parse", {["Content-Type"] = kind .. "; charset=utf-8"}, body))
  end
end

function delay()
  scheduled = scheduled + 1
  if scheduled > limit then
    return 3600000
  end
  return 0
end

function request()
  sent = sent + 1
  return requests[(sent - 1) % #requests + 1]
end

local answered = 0
function response(status, headers, body)
  counts[tostring(status)] = (counts[tostring(status)] or 0) + 1
  answered = answered + 1
  if answered >= limit then
    io.write("DONE\n")
    io.flush()
    wrk.thread:stop()
  end
end

function done(summary, latency, requests_)
  local total, parts = {}, {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("counts")) do
      total[status] = (total[status] or 0) + count
    end
  end
  for status, count in pairs(total) do
    table.insert(parts, status .. "=" .. count)
  end
  local errors = summary.errors
  local failed = errors.connect + errors.read + errors.write + errors.timeout
  if failed > 0 then
    table.insert(parts, "socket-errors=" .. failed)
  end
  io.write(string.format("RESULT %d %d %s\n", summary.requests, summary.duration, table.concat(parts, ",")))
  local quantiles = {}
  for p = 1, 99 do
    table.insert(quantiles, string.format("%d", latency:percentile(p)))
  end
  table.insert(quantiles, string.format("%d", latency.max))
  io.write("LATENCY " .. table.concat(quantiles, " ") .. "\n")
end
