// Nothing to start. (Without this file Next.js picks up the app's own, two folders up.)
export function register() {}
