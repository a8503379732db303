-- Neovim 0.7's own LSP client against planlint's server: open a plan, wait
-- for its diagnostics, delete one line, wait for the new ones. Both sets are
-- written to PLANLINT_OUT as JSON for the test to check; any failure is
-- written there too and ends Neovim with an error code.
local server, plan, out = vim.env.PLANLINT_SERVER, vim.env.PLANLINT_PLAN, vim.env.PLANLINT_OUT
local edit_line = tonumber(vim.env.PLANLINT_DELETE_LINE)

local function finish(result, code)
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
  vim.cmd(code == 0 and 'qa!' or 'cquit! ' .. code)
end

local function snapshot(buf)
  local items = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(items, { lnum = d.lnum, col = d.col, source = d.source, code = d.code, message = d.message,
      lsp_code = d.user_data and d.user_data.lsp and d.user_data.lsp.code or vim.NIL })
  end
  return items
end

local ok, err = pcall(function()
  local client_id = vim.lsp.start_client({
    name = 'planlint',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(plan, ':h'),
  })
  assert(client_id, 'the client did not start')
  vim.cmd('edit ' .. vim.fn.fnameescape(plan))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'markdown'
  assert(vim.lsp.buf_attach_client(buf, client_id), 'the client did not attach')

  assert(vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50), 'no diagnostics after opening')
  local before = snapshot(buf)
  local removed = vim.api.nvim_buf_get_lines(buf, edit_line - 1, edit_line, false)[1]
  vim.api.nvim_buf_set_lines(buf, edit_line - 1, edit_line, false, {})
  -- The new set is the one without the finding on the deleted line.
  local function changed()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.message:find('Outcome 10', 1, true) then return false end
    end
    return #vim.diagnostic.get(buf) > 0
  end
  assert(vim.wait(30000, changed, 50), 'no new diagnostics after the edit')
  local after = snapshot(buf)
  vim.lsp.stop_client(client_id)
  finish({ before = before, after = after, removed = removed }, 0)
end)
if not ok then finish({ error = tostring(err) }, 3) end
