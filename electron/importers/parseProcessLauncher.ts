// How the importer starts the process that parses one file (parseProcess.ts). Under Node — the
// preview host, the CLI, tests — that is child_process.fork of the running Node binary. The
// Electron main process passes its own launcher (electron/main/utilityParseProcess.ts): there,
// fork would start the app binary itself as Node, which takes ELECTRON_RUN_AS_NODE, and the
// packaged app's RunAsNode fuse is off on purpose; utilityProcess needs no such switch.
import { fork } from 'node:child_process';
import type { ParseProcessReply, ParseProcessRequest } from './parseProcess.ts';

export interface ParseProcess {
  send(request: ParseProcessRequest): void;
  onReply(listener: (reply: ParseProcessReply) => void): void;
  /** Also called when the process could not be started at all. */
  onExit(listener: () => void): void;
  /** Ends the process at once, whatever it is doing; its memory goes back to the OS. */
  kill(): void;
}

export type ParseProcessLauncher = (entryPath: string) => ParseProcess;

export const forkParseProcess: ParseProcessLauncher = (entryPath) => {
  const child = fork(entryPath, [], {
    // Source runs load the .ts entry as the preview host does; Node 22 still needs the flag.
    execArgv: entryPath.endsWith('.ts') ? ['--experimental-strip-types', '--disable-warning=ExperimentalWarning'] : [],
    // Structured clone rather than JSON, so a 50 MB file travels as bytes, not as an array of numbers.
    serialization: 'advanced',
    // pdf.js may print warnings; they are not for the user, and an unread pipe could stall the child.
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  return {
    send: (request) => {
      child.send(request, (error) => {
        if (error) child.kill('SIGKILL');
      });
    },
    onReply: (listener) => child.on('message', (message) => listener(message as ParseProcessReply)),
    onExit: (listener) => {
      child.once('exit', () => listener());
      child.once('error', () => listener());
    },
    kill: () => {
      child.kill('SIGKILL');
    },
  };
};
