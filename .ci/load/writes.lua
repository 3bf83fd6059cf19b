-- wrk script: a write mix — every third request opens a new case (POST /api/cases, a unique id per request),
-- the others read the case list and the calendar. Used by .ci/load-test.sh.
local counter = 0
thread_id = 0 -- set per thread by setup()
local threads = {}

setup = function(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

local headers = {
  ["Content-Type"] = "application/json",
  ["X-Acting-Organization"] = "TN.X001",
  ["X-Acting-Body"] = "InspectionCommission",
}

request = function()
  counter = counter + 1
  if counter % 3 == 0 then
    local id = string.format("LOAD-%d-%d", thread_id, counter)
    local body = string.format('{"id":"%s","title":"Kiểm tra tải %s","activity":"InspectionOnSignsOfViolation","type":"signs-of-violation","openedOn":"2026-11-20","subjects":[{"organization":"TN.X001.C001"}]}', id, id)
    return wrk.format("POST", "/api/cases", headers, body)
  elseif counter % 3 == 1 then
    return wrk.format("GET", "/api/cases?conductedBy=TN.X001&take=20")
  end
  return wrk.format("GET", "/api/calendar/days/2026-09-02")
end

writes = 0 -- read by done() from every thread
response = function(status, headers, body)
  if status == 201 then
    writes = writes + 1
  end
end

done = function(summary, latency, requests)
  local created = 0
  for _, thread in ipairs(threads) do
    created = created + thread:get("writes")
  end
  io.write(string.format("cases created (201): %d\n", created))
end
