#!/usr/bin/env bash
# Loopback load test of the built web host (issue 8, docs/reliability.md): starts samples/KiemTra.WebHost on
# 127.0.0.1 over a fresh SQLite file, runs wrk bounded in time against the read endpoints (calendar, a day, an
# organisation, subtree counts, a deadline computation) and then a write mix (a third of the requests open a case),
# and fails on any non-2xx response, any socket error (connect, read, write, timeout) or a wrong answer afterwards
# (bodies spot-checked; every case wrk saw created is in the store). Prints requests/s and latency.
# Authentication is on as in production: the script makes an RSA key pair with openssl, the host pins the public key
# (Authentication:Issuer + Authentication:IssuerPublicKeyFile) and every request carries a token minted with the private
# key by the host's own `mint-token` command (docs/web-host.md). The rate limits are raised for the run.
# Installs wrk (and curl) with apt-get when missing, like .ci/run does for PostgreSQL.
# Knobs: LOAD_SECONDS (15), LOAD_THREADS (2), LOAD_CONNECTIONS (32), CONFIGURATION (Debug).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

seconds="${LOAD_SECONDS:-15}"
threads="${LOAD_THREADS:-2}"
connections="${LOAD_CONNECTIONS:-32}"
configuration="${CONFIGURATION:-Debug}"

need=()
command -v wrk >/dev/null 2>&1 || need+=(wrk)
command -v curl >/dev/null 2>&1 || need+=(curl)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
if [ "${#need[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y "${need[@]}"
fi

dll="samples/KiemTra.WebHost/bin/$configuration/net10.0/KiemTra.WebHost.dll"
if [ ! -f "$dll" ]; then
  dotnet build samples/KiemTra.WebHost -c "$configuration"
fi

work="$(mktemp -d)"
host_pid=""
cleanup() {
  if [ -n "$host_pid" ] && kill -0 "$host_pid" 2>/dev/null; then
    kill "$host_pid" 2>/dev/null || true
    wait "$host_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# A free loopback port: nothing answers a connection to it.
port=""
for _ in $(seq 1 50); do
  candidate=$(( 20000 + RANDOM % 30000 ))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port="$candidate"; break; fi
done
[ -n "$port" ] || { echo "load-test: no free port found" >&2; exit 1; }
base="http://127.0.0.1:$port"

# The load test's identity provider: a key pair; tokens for a member of Ngọc Hà's inspection commission (TN.X001).
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/issuer.key" 2>/dev/null
openssl pkey -in "$work/issuer.key" -pubout -out "$work/issuer.pub"
member="${LOAD_MEMBER:-TN.M002298}" # holds a post in the inspection commission of TN.X001
token=$(cd "$(dirname "$dll")" && dotnet "$(basename "$dll")" mint-token --member "$member" --private-key "$work/issuer.key" --issuer kiemtra-load --minutes 60)
auth=(-H "Authorization: Bearer $token" -H "X-Acting-Organization: TN.X001" -H "X-Acting-Body: InspectionCommission")

echo "== load test: web host on $base (SQLite $work/load.db)"
(cd "$(dirname "$dll")" && exec dotnet "$(basename "$dll")" --urls "$base" --KiemTra:SqlitePath="$work/load.db" --ConnectionStrings:Postgres= \
  --Authentication:Issuer=kiemtra-load --Authentication:IssuerPublicKeyFile="$work/issuer.pub" \
  --RateLimits:WritesPerMinute=10000000 --RateLimits:ReportsPerMinute=10000000 \
  --Logging:LogLevel:Default=Warning) >"$work/host.log" 2>&1 &
host_pid=$!
for _ in $(seq 1 240); do
  curl -sf -o /dev/null "$base/health" && break
  kill -0 "$host_pid" 2>/dev/null || { echo "load-test: the host exited" >&2; cat "$work/host.log" >&2; exit 1; }
  sleep 0.5
done
curl -sf -o /dev/null "$base/health" || { echo "load-test: the host did not answer" >&2; cat "$work/host.log" >&2; exit 1; }
code=$(curl -s -o /dev/null -w '%{http_code}' "$base/api/cases")
[ "$code" = 401 ] || { echo "load-test: a request without a token answered $code, not 401" >&2; exit 1; }

# Warm up (JIT, the synthetic province, the first SQLite connection) so that the measured run is steady.
curl -sf "${auth[@]}" -o /dev/null "$base/api/organizations/TN.X001/stats"
curl -sf "${auth[@]}" -o /dev/null "$base/api/cases?take=1"
# The register's seed (the sample years, generated on first use) is built by the first report or write: build it now.
curl -sf "${auth[@]}" -o /dev/null "$base/api/organizations/TN.X001/warnings"

# The wrk scripts (Lua).
cat >"$work/reads.lua" <<'LUA'
-- wrk script: rotates over the web host's read endpoints (calendar, a day, an organisation, its subtree counts,
-- a deadline computation). 
local requests = {}
local token = os.getenv("LOAD_TOKEN")

init = function(args)
  local json = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token, ["X-Acting-Organization"] = "TN.X001", ["X-Acting-Body"] = "InspectionCommission" }
  wrk.headers["Authorization"] = "Bearer " .. token
  wrk.headers["X-Acting-Organization"] = "TN.X001"
  wrk.headers["X-Acting-Body"] = "InspectionCommission"
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
LUA
cat >"$work/writes.lua" <<'LUA'
-- wrk script: a write mix — every third request opens a new case (POST /api/cases, a unique id per request),
-- the others read the case list and the calendar.
local counter = 0
thread_id = 0 -- set per thread by setup()
local threads = {}

setup = function(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

local headers = {
  ["Content-Type"] = "application/json",
  ["Authorization"] = "Bearer " .. os.getenv("LOAD_TOKEN"),
  ["X-Acting-Organization"] = "TN.X001",
  ["X-Acting-Body"] = "InspectionCommission",
}

-- GETs get their own table: wrk.format sets Content-Length in the table it is given, and a GET carrying the POST's
-- Content-Length would make the server wait for a body that never comes.
local reads = {
  ["Authorization"] = headers["Authorization"],
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
    return wrk.format("GET", "/api/cases?conductedBy=TN.X001&take=20", reads)
  end
  return wrk.format("GET", "/api/calendar/days/2026-09-02", reads)
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
LUA

failures=0
run() { # name, duration, connections, script
  local name="$1" duration="$2" conns="$3" script="$4" out="$work/$1.txt"
  echo "== wrk: $name (${threads} threads, ${conns} connections, ${duration} s)"
  LOAD_TOKEN="$token" wrk -t"$threads" -c"$conns" -d"${duration}s" --timeout 10s --latency -s "$script" "$base" | tee "$out"
  if grep -q "Non-2xx or 3xx responses" "$out"; then
    echo "load-test: $name had non-2xx responses" >&2; failures=$((failures + 1))
  fi
  if grep -q "Socket errors" "$out"; then
    echo "load-test: $name had socket errors" >&2; failures=$((failures + 1))
  fi
  local requests
  requests=$(awk '/requests in/ {print $1}' "$out")
  if [ -z "$requests" ] || [ "$requests" -eq 0 ]; then
    echo "load-test: $name completed no request" >&2; failures=$((failures + 1))
  fi
  echo "$name: $(grep 'Requests/sec' "$out" | awk '{print $2}') requests/s; latency $(awk '/^    Latency/ {print "avg " $2 ", max " $4}' "$out"); p50 $(awk '$1=="50%" {print $2}' "$out"), p99 $(awk '$1=="99%" {print $2}' "$out")"
}

run reads "$seconds" "$connections" "$work/reads.lua"
run writes "$(( (seconds + 1) * 2 / 3 ))" "$(( connections / 4 > 0 ? connections / 4 : 1 ))" "$work/writes.lua"

echo "== spot checks after the load"
check() { # url, expected fragment
  local body
  body=$(curl -sf "${auth[@]}" "$base$1") || { echo "load-test: GET $1 failed" >&2; failures=$((failures + 1)); return; }
  if [[ "$body" != *"$2"* ]]; then
    echo "load-test: GET $1 does not contain '$2': ${body:0:300}" >&2; failures=$((failures + 1))
  fi
}
check /api/calendar/days/2026-02-17 '"kind":"PublicHoliday","isWorkingDay":false'
check /api/calendar/days/2026-02-17 'Tết Nguyên đán Bính Ngọ'
check /api/organizations/TN.X001 '"name":"Đảng bộ xã Ngọc Hà"'
check /api/calendar/2026 '"year":2026'
deadline=$(curl -sf "${auth[@]}" -X POST -H 'Content-Type: application/json' -d '{"event":"2026-02-13","unit":"WorkingDays","count":30}' "$base/api/deadlines")
[[ "$deadline" == *'"due":"2026-04-03"'* ]] || { echo "load-test: deadline answer changed: ${deadline:0:300}" >&2; failures=$((failures + 1)); }

created=$(awk '/cases created \(201\):/ {print $4}' "$work/writes.txt")
stored=$(curl -sf "${auth[@]}" "$base/api/cases?conductedBy=TN.X001&take=1" | grep -oE '"total":[0-9]+' | cut -d: -f2)
echo "cases: wrk saw $created created, the store holds ${stored:-?}"
if [ -z "$created" ] || [ -z "$stored" ] || [ "$created" -eq 0 ] || [ "$stored" -lt "$created" ]; then
  echo "load-test: created cases missing from the store" >&2; failures=$((failures + 1))
fi

if grep -qE "fail:|crit:|Unhandled exception" "$work/host.log"; then
  echo "load-test: the host logged errors:" >&2; grep -E -A3 "fail:|crit:" "$work/host.log" | head -40 >&2; failures=$((failures + 1))
fi

if [ "$failures" -ne 0 ]; then
  echo "load-test: FAILED ($failures problems)" >&2
  exit 1
fi
echo "load-test: green"
