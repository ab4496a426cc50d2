-- A scripted editor session in headless Neovim (0.7 or later), driven by NeovimClientTest:
-- the built-in LSP client starts `$METASPIN_LSP`, and what the editor receives is written,
-- one line per event, to `$TRANSCRIPT`.
local out = {}
local function say(s) table.insert(out, s) end
local function finish() vim.fn.writefile(out, os.getenv('TRANSCRIPT')); vim.cmd('qa!') end

local id = vim.lsp.start_client({ name = 'metaspin', cmd = { os.getenv('METASPIN_LSP') }, root_dir = vim.fn.getcwd() })
if not id then say('no client'); finish() end
vim.lsp.buf_attach_client(0, id)

-- the file as opened has a dimension error: diagnostics arrive without a save
vim.wait(60000, function() return #vim.diagnostic.get(0) > 0 end, 50)
for _, d in ipairs(vim.diagnostic.get(0)) do
  say(string.format('diagnostic %d:%d %s %s', d.lnum + 1, d.col + 1, tostring(d.code), d.message:gsub('\n', ' ')))
end

local function doc() return vim.lsp.util.make_text_document_params() end
local function request(method, line, character)
  local res = vim.lsp.buf_request_sync(0, method, { textDocument = doc(), position = { line = line, character = character } }, 20000)
  for _, r in pairs(res or {}) do if r.result then return r.result end end
  return nil
end

-- members after `.`: line 5 is `print(PtSynapse.Delta)`, the cursor after the dot
local items = request('textDocument/completion', 4, 16) or {}
for _, it in ipairs(items.items or items) do say('completion ' .. it.label .. ' : ' .. (it.detail or '')) end

local hover = request('textDocument/hover', 2, 4)
if hover then say('hover ' .. (hover.contents.value or vim.inspect(hover.contents)):gsub('\n', ' ')) end

-- fix the error in the buffer (unsaved): the diagnostics clear
vim.api.nvim_buf_set_lines(0, 3, 4, false, { 'let a = area(200 nm) + 3 um^2' })
vim.wait(20000, function() return #vim.diagnostic.get(0) == 0 end, 50)
say('diagnostics after the edit: ' .. #vim.diagnostic.get(0))
finish()
