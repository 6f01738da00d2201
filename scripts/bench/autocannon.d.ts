// The part of autocannon's API the benchmark uses (it ships no types).
declare module 'autocannon' {
  type Options = { url: string; connections?: number; duration?: number; overallRate?: number; timeout?: number; requests?: Array<{ path: string }> };
  type Result = { requests: { average: number; total: number }; errors: number; timeouts: number; non2xx: number };
  type Instance = { on(event: 'response', listener: (client: unknown, status: number, bytes: number, responseTime: number) => void): void };
  export default function autocannon(options: Options, callback: (error: Error | null, result: Result) => void): Instance;
}
