-- wrk script of LoadBench (src/bench/java/vn/chinhdon/bench/LoadBench.java): a weighted mix of prepared
-- requests, or the floor (a trivial authenticated GET) alone.
--
--   wrk -t2 -c16 -d60s --timeout 30s -s src/bench/wrk/mix.lua http://127.0.0.1:18092 -- \
--       <input dir> <weight fulfil> <weight transfer> <weight edit> <weight get>
--
-- With every weight 0 the script sends no request of its own: wrk GETs the URL given, without credentials.
--
-- <input dir> holds auth.txt (the Authorization header's value), get.txt (the path of the GET) and, per wrk
-- thread n (0, 1, ...), fulfil-n.txt, transfer-n.txt and edit-n.txt: one request a line,
-- "METHOD<TAB>PATH<TAB>JSON BODY". Each thread reads only its own files, so no obligation or member is
-- used by two threads, and each line is sent once. A kind whose lines run out is no longer chosen (counted
-- as "exhausted"). Non-2xx responses are counted per kind: the kind is read from the Problem Details'
-- "instance" (the request path). done() prints one line starting with LOADRESULT, key=value pairs.

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local kinds = { "fulfil", "transfer", "edit", "get" }
local weights = {}
local queues = {}
local position = {}
local headers = {}
local get_request

-- globals: read by done() through thread:get
sent_fulfil, sent_transfer, sent_edit, sent_get = 0, 0, 0, 0
bad_fulfil, bad_transfer, bad_edit, bad_get, bad_other = 0, 0, 0, 0, 0
exhausted = 0
first_bad = ""

local function read_lines(path)
  local out = {}
  local f = io.open(path, "r")
  if f == nil then
    return out
  end
  for line in f:lines() do
    local method, target, body = line:match("^([A-Z]+)\t([^\t]+)\t(.*)$")
    if method ~= nil then
      table.insert(out, { method = method, path = target, body = body })
    end
  end
  f:close()
  return out
end

local function read_first(path)
  local f = assert(io.open(path, "r"))
  local s = f:read("*l")
  f:close()
  return s
end

function init(args)
  local dir = args[1]
  for i, k in ipairs(kinds) do
    weights[k] = tonumber(args[i + 1]) or 0
  end
  if weights.fulfil + weights.transfer + weights.edit + weights.get == 0 then
    -- no weights: wrk's static request of the URL on its command line, without credentials
    request = nil
    return
  end
  headers["Authorization"] = read_first(dir .. "/auth.txt")
  headers["Accept"] = "application/json"
  headers["Content-Type"] = "application/json"
  for _, k in ipairs({ "fulfil", "transfer", "edit" }) do
    if weights[k] > 0 then
      queues[k] = read_lines(dir .. "/" .. k .. "-" .. id .. ".txt")
    else
      queues[k] = {}
    end
    position[k] = 1
  end
  get_request = wrk.format("GET", read_first(dir .. "/get.txt"), { Authorization = headers["Authorization"] })
  math.randomseed(2026 + id)
end

local function available(k)
  return k == "get" or position[k] <= #queues[k]
end

local function pick()
  local total = 0
  for _, k in ipairs(kinds) do
    if weights[k] > 0 and available(k) then
      total = total + weights[k]
    end
  end
  if total == 0 then
    return nil
  end
  local r = math.random() * total
  for _, k in ipairs(kinds) do
    if weights[k] > 0 and available(k) then
      r = r - weights[k]
      if r < 0 then
        return k
      end
    end
  end
  return "get"
end

function request()
  local k = pick()
  if k == nil then
    -- every prepared line of this thread is used: fall back to the GET, counted
    exhausted = exhausted + 1
    sent_get = sent_get + 1
    return get_request
  end
  if k == "get" then
    sent_get = sent_get + 1
    return get_request
  end
  local q = queues[k]
  local line = q[position[k]]
  position[k] = position[k] + 1
  if position[k] > #q then
    exhausted = exhausted + 1
  end
  _G["sent_" .. k] = _G["sent_" .. k] + 1
  return wrk.format(line.method, line.path, headers, line.body)
end

function response(status, hdrs, body)
  if status >= 200 and status < 300 then
    return
  end
  local k = "other"
  if body ~= nil then
    if body:find("/fulfilment", 1, true) then
      k = "fulfil"
    elseif body:find("/transfer", 1, true) then
      k = "transfer"
    elseif body:find('"instance":"/api/v1/members/', 1, true) then
      k = "edit"
    elseif body:find('"instance":"/api/v1/documents/', 1, true) then
      k = "get"
    end
  end
  _G["bad_" .. k] = _G["bad_" .. k] + 1
  if first_bad == "" then
    local text = (body or ""):gsub("%s+", " ")
    first_bad = status .. " " .. string.sub(text, 1, 300)
  end
end

function done(summary, latency, requests)
  local totals = {}
  local names = { "sent_fulfil", "sent_transfer", "sent_edit", "sent_get", "bad_fulfil", "bad_transfer",
    "bad_edit", "bad_get", "bad_other", "exhausted" }
  for _, n in ipairs(names) do
    totals[n] = 0
  end
  local sample = ""
  for _, t in ipairs(threads) do
    for _, n in ipairs(names) do
      totals[n] = totals[n] + (t:get(n) or 0)
    end
    local b = t:get("first_bad")
    if sample == "" and b ~= nil and b ~= "" then
      sample = b
    end
  end
  local e = summary.errors
  local line = string.format(
    "LOADRESULT requests=%d duration_us=%d rps=%.2f mean_us=%.0f p50_us=%d p95_us=%d p99_us=%d max_us=%d"
      .. " connect_errors=%d read_errors=%d write_errors=%d timeouts=%d status_errors=%d",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6), latency.mean,
    latency:percentile(50.0), latency:percentile(95.0), latency:percentile(99.0), latency.max,
    e.connect, e.read, e.write, e.timeout, e.status)
  for _, n in ipairs(names) do
    line = line .. string.format(" %s=%d", n, totals[n])
  end
  io.write(line .. "\n")
  if sample ~= "" then
    io.write("LOADSAMPLE " .. sample .. "\n")
  end
end
