-- wrk script of LoadBench and EvaluationLoadBench (src/bench/java/vn/chinhdon/bench/): a weighted mix of prepared
-- requests of named kinds, or the floor (a trivial authenticated GET) alone.
--
--   wrk -t2 -c16 -d60s --timeout 30s -s src/bench/wrk/mix.lua http://127.0.0.1:18092 -- \
--       <input dir> <kind>=<weight> ... [get=<weight>]
--
-- e.g. "fulfil=40 transfer=30 edit=30", "self=40 proposal=30 decision=30" or "get=1". With no weight the script
-- sends no request of its own: wrk GETs the URL given, without credentials.
--
-- <input dir> holds auth.txt (the Authorization header's value), get.txt (the path of the GET), kinds.txt (one kind a
-- line, "NAME<TAB>LUA PATTERN of the request path", in the order the patterns are tried) and, per kind and wrk thread
-- n (0, 1, ...), <kind>-n.txt: one request a line, "METHOD<TAB>PATH<TAB>JSON BODY". Each thread reads only its own
-- files, so no line is used by two threads, and each line is sent once per run. A kind whose lines run out is no
-- longer chosen (counted as "exhausted"). Non-2xx responses are counted per kind: the kind is the first whose pattern
-- matches the Problem Details' "instance" (the request path). done() prints one line starting with LOADRESULT,
-- key=value pairs: sent_<kind> and bad_<kind> for every kind and the GET, bad_other, exhausted.

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

-- the kinds of the input directory, and "get"; read in setup's thread and again in each thread's init
local kinds = {}
local patterns = {}
local weights = {}
local queues = {}
local position = {}
local headers = {}
local get_request

-- globals: read by done() through thread:get
sent, bad = {}, {}
kind_names = {}
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

-- the kinds named in <dir>/kinds.txt, then "get" (pattern: the GET's own path)
local function read_kinds(dir)
  local names, pats = {}, {}
  local f = io.open(dir .. "/kinds.txt", "r")
  if f ~= nil then
    for line in f:lines() do
      local name, pattern = line:match("^([%w_]+)\t(.*)$")
      if name ~= nil then
        table.insert(names, name)
        pats[name] = pattern
      end
    end
    f:close()
  end
  table.insert(names, "get")
  pats["get"] = "^/api/v1/documents/"
  return names, pats
end

function init(args)
  local dir = args[1]
  kinds, patterns = read_kinds(dir)
  kind_names = kinds
  local total = 0
  for _, k in ipairs(kinds) do
    weights[k] = 0
    sent[k] = 0
    bad[k] = 0
  end
  bad["other"] = 0
  for i = 2, #args do
    local k, w = args[i]:match("^([%w_]+)=([0-9.]+)$")
    if k == nil or weights[k] == nil then
      error("unknown kind or bad weight: " .. args[i])
    end
    weights[k] = tonumber(w)
    total = total + weights[k]
  end
  if total == 0 then
    -- no weights: wrk's static request of the URL on its command line, without credentials
    request = nil
    return
  end
  headers["Authorization"] = read_first(dir .. "/auth.txt")
  headers["Accept"] = "application/json"
  headers["Content-Type"] = "application/json"
  for _, k in ipairs(kinds) do
    if k ~= "get" and weights[k] > 0 then
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
    sent["get"] = sent["get"] + 1
    return get_request
  end
  sent[k] = sent[k] + 1
  if k == "get" then
    return get_request
  end
  local q = queues[k]
  local line = q[position[k]]
  position[k] = position[k] + 1
  if position[k] > #q then
    exhausted = exhausted + 1
  end
  return wrk.format(line.method, line.path, headers, line.body)
end

function response(status, hdrs, body)
  if status >= 200 and status < 300 then
    return
  end
  local k = "other"
  local instance = body and body:match('"instance":"([^"]*)"')
  if instance ~= nil then
    for _, name in ipairs(kinds) do
      if instance:find(patterns[name]) then
        k = name
        break
      end
    end
  end
  bad[k] = bad[k] + 1
  if first_bad == "" then
    local text = (body or ""):gsub("%s+", " ")
    first_bad = status .. " " .. string.sub(text, 1, 300)
  end
end

function done(summary, latency, requests)
  local totals = {}
  local names = {}
  -- done() runs in wrk's main Lua state, which did not run init(): the kinds come from a thread
  local dir_kinds = (threads[1] and threads[1]:get("kind_names")) or {}
  if #dir_kinds == 0 then
    dir_kinds = { "get" }
  end
  for _, k in ipairs(dir_kinds) do
    table.insert(names, "sent_" .. k)
    table.insert(names, "bad_" .. k)
  end
  table.insert(names, "bad_other")
  table.insert(names, "exhausted")
  for _, n in ipairs(names) do
    totals[n] = 0
  end
  local sample = ""
  for _, t in ipairs(threads) do
    local ts, tb = t:get("sent"), t:get("bad")
    for _, k in ipairs(dir_kinds) do
      totals["sent_" .. k] = totals["sent_" .. k] + ((ts and ts[k]) or 0)
      totals["bad_" .. k] = totals["bad_" .. k] + ((tb and tb[k]) or 0)
    end
    totals["bad_other"] = totals["bad_other"] + ((tb and tb["other"]) or 0)
    totals["exhausted"] = totals["exhausted"] + (t:get("exhausted") or 0)
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
