// Loaded only by `prisma dev`, which this project does not use (docs/decisions/0010-node-versions.md).
throw new Error(
  '@prisma/streams-local is not installed in this project: `prisma dev` is not used here (see docs/decisions/0010-node-versions.md).',
);
