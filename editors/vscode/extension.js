// Starts `metaspin lsp` for .msp files; everything else is the server's (docs/editors.md).
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration('metaspin').get('command', 'metaspin');
  const server = { command, args: ['lsp'] };
  client = new LanguageClient('metaspin', 'MetaSpin', { run: server, debug: server }, {
    documentSelector: [{ scheme: 'file', language: 'metaspin' }, { scheme: 'untitled', language: 'metaspin' }],
  });
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
