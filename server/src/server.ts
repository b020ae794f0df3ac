// The language server's process entry: create the connection (IPC from VS Code, --stdio for other
// clients and the tests) and hand it to lsp/server.ts, which wires everything else.

import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';

const connection = createConnection(ProposedFeatures.all);

// Handlers are guarded one by one; this is the last line of defence for anything that slips past
// them (a timer, a stray promise). Logging and carrying on beats a server that silently dies.
process.on('uncaughtException', (error) => connection.console.error(`[nianbao] uncaught: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`[nianbao] unhandled rejection: ${String(reason)}`));

startServer(connection);
