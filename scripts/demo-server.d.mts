// Types of scripts/demo-server.mjs (plain JavaScript so `npm start` needs no TypeScript loader).
import type { Server } from 'node:http';

export declare const CSP: string;

export interface DemoServer {
  /** "http://127.0.0.1:PORT/" */
  url: string;
  server: Server;
  close(): Promise<void>;
}

export declare function startDemoServer(options?: {
  port?: number;
  host?: string;
  /** extra routes: URL path -> absolute file path */
  pages?: Record<string, string>;
  log?: (line: string) => void;
}): Promise<DemoServer>;
