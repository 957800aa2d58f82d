-- wrk script: desk prompts from the clinic server (docs/BENCHMARKS.md, "Clinic server").
--   FRONTDESK_TOKEN  a desk station's token (the "token" of frontdesk enroll's file)
--   FRONTDESK_MRNS   a file of MRNs, one a line (the patients asked about, in turn)
-- wrk -t2 -c32 -d20s --latency -s bench/wrk/desk_prompts.lua http://127.0.0.1:PORT
-- (frontdesk_station_bench --only wrk sets it all up; an answer that is not 2xx fails the run.)
local token = os.getenv("FRONTDESK_TOKEN")
local file = os.getenv("FRONTDESK_MRNS")
assert(token and file, "set FRONTDESK_TOKEN and FRONTDESK_MRNS")

local mrns = {}
for line in io.lines(file) do
  if #line > 0 then mrns[#mrns + 1] = line end
end
assert(#mrns > 0, "no MRNs in " .. file)

local n = 0
local headers = { ["Authorization"] = "Bearer " .. token }

function setup(thread)
  thread:set("offset", math.random(#mrns))
end

function request()
  n = n + 1
  local mrn = mrns[((offset or 0) + n) % #mrns + 1]
  return wrk.format("GET", "/v1/patients/" .. mrn .. "/prompt?staff=wrk", headers)
end

-- wrk itself exits 0 whatever the answers were: any answer that is not 2xx or 3xx fails the run
function done(summary, latency, requests)
  if summary.errors.status > 0 then
    io.stderr:write(summary.errors.status .. " answers were not 2xx or 3xx\n")
    os.exit(1)
  end
end
