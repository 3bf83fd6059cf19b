-- wrk script: rotates over the web host's read endpoints (calendar, a day, an organisation, its subtree counts,
-- a deadline computation). Used by .ci/load-test.sh.
local requests = {}

init = function(args)
  local json = { ["Content-Type"] = "application/json" }
  requests[1] = wrk.format("GET", "/api/calendar/2026")
  requests[2] = wrk.format("GET", "/api/calendar/days/2026-02-17")
  requests[3] = wrk.format("GET", "/api/organizations/TN.X001")
  requests[4] = wrk.format("GET", "/api/organizations/TN.X001/stats")
  requests[5] = wrk.format("POST", "/api/deadlines", json, '{"event":"2026-02-13","unit":"WorkingDays","count":30}')
  requests[6] = wrk.format("GET", "/api/organizations?parent=TN.X001")
end

local i = 0
request = function()
  i = i + 1
  return requests[(i % #requests) + 1]
end
