-- Drives the Neovim setup from docs/editors.md in a headless Neovim and records what the server
-- publishes. run.sh writes that setup to $POSTMORTEM_NVIM_CONFIG and checks the result file.
--
-- Every wait is vim.wait with a condition: on the server's publishDiagnostics for the version the
-- buffer holds, never a fixed sleep.

local out = os.getenv('POSTMORTEM_NVIM_OUT')
local config = os.getenv('POSTMORTEM_NVIM_CONFIG')
local timeout_ms = 20000
local result = { steps = {} }

local function finish(ok, reason)
  result.ok = ok
  result.reason = reason
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
  vim.cmd(ok and 'qall!' or 'cquit! 1')
end

-- No shims: the documented block must work on the Neovim this runs (Debian 12's 0.7.2, or newer).

-- Remember every publish (the raw LSP message, with codes), then let Neovim handle it as usual.
local published = {}
local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, params, ctx, cfg)
  table.insert(published, params)
  return default_handler(err, params, ctx, cfg)
end

local function wait_for_version(bufnr, version)
  local uri = vim.uri_from_bufnr(bufnr)
  local found
  local ok = vim.wait(timeout_ms, function()
    for i = #published, 1, -1 do
      local p = published[i]
      if p.uri == uri and p.version == version then
        found = p
        return true
      end
    end
    return false
  end, 20)
  return ok and found or nil
end

local function clients(bufnr)
  return vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = bufnr }) or vim.lsp.buf_get_clients(bufnr)
end

local function version(bufnr)
  return (vim.lsp.util.buf_versions or {})[bufnr] or vim.b[bufnr].changedtick
end

local function record(name, params, bufnr)
  local codes = {}
  for _, d in ipairs(params.diagnostics) do table.insert(codes, d.code) end
  table.insert(result.steps, { name = name, version = params.version, codes = codes, shown = #vim.diagnostic.get(bufnr) })
end

local ok, err = pcall(dofile, config)
if not ok then return finish(false, 'the documented setup failed to load: ' .. tostring(err)) end

local function run()
  vim.cmd('filetype on')
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('POSTMORTEM_NVIM_FILE')))
  local bufnr = vim.api.nvim_get_current_buf()
  local attached = vim.wait(timeout_ms, function() return next(clients(bufnr)) ~= nil end, 20)
  if not attached then return finish(false, 'no language server attached to the markdown buffer') end

  local opened = wait_for_version(bufnr, version(bufnr))
  if not opened then return finish(false, 'no diagnostics for the opened seed') end
  record('open', opened, bufnr)

  -- An edit in the buffer: delete the timeline section (its heading down to the line before
  -- "Root Cause and Resolution:"), which the server reports as a missing required section.
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local from, to
  for i, line in ipairs(lines) do
    if line == '### Timeline' then from = i end
    if line == 'Root Cause and Resolution:' then to = i end
  end
  if not (from and to) then return finish(false, 'the seed has no timeline to delete') end
  vim.api.nvim_buf_set_lines(bufnr, from - 1, to - 1, false, {})
  local edited = wait_for_version(bufnr, version(bufnr))
  if not edited then return finish(false, 'no diagnostics after the edit') end
  record('edit', edited, bufnr)
  finish(true)
end

local ran, failure = pcall(run)
if not ran then finish(false, tostring(failure)) end
