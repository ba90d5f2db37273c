// The importer's parsing process as Electron starts it. A packaged Crosscheck cannot fork itself
// as Node (its RunAsNode fuse is off), so the main process hands importBytes this launcher, and
// each file is parsed in a utilityProcess: a Node child that Electron owns and ends with the app.
import { utilityProcess } from 'electron';
import type { ParseProcessReply } from '../importers/parseProcess.ts';
import type { ParseProcessLauncher } from '../importers/parseProcessLauncher.ts';

export const utilityParseProcess: ParseProcessLauncher = (entryPath) => {
  const child = utilityProcess.fork(entryPath, [], { serviceName: 'Crosscheck file reader', stdio: 'ignore' });
  return {
    send: (request) => child.postMessage(request),
    onReply: (listener) => child.on('message', (message: unknown) => listener(message as ParseProcessReply)),
    onExit: (listener) => {
      child.once('exit', () => listener());
    },
    kill: () => {
      child.kill();
    },
  };
};
