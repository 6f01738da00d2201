import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { localServer, send, type StandIn } from './stand-in';

// The background map's stand-in (MAP_TILE_URL, ADR 0039): one blank 256×256 tile for every
// {z}/{x}/{y}, so that /kaart fetches no tile from outside in tests (this machine has no internet).
// Without internet the dev server can use it too:
//   npx tsx tests/support/tile-standin.ts            (prints the value for MAP_TILE_URL)

const TILE = /^\/tiles\/[0-9]{1,2}\/[0-9]{1,7}\/[0-9]{1,7}\.png$/;

/** MAP_TILE_URL for a stand-in at `base` (its `url`). */
export const tileUrlOf = (base: string) => `${base}/{z}/{x}/{y}.png`;

/** The stand-in on `port` (default: a free one). */
export async function startTileStandIn(port = 0): Promise<StandIn> {
  const blank = await sharp({ create: { width: 256, height: 256, channels: 3, background: '#e9e7df' } })
    .png()
    .toBuffer();
  return localServer(
    (_request, response, url) => {
      if (!TILE.test(url.pathname)) return send(response, 404, 'no such tile', 'text/plain');
      response.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'public, max-age=86400' });
      response.end(blank);
    },
    { basePath: '/tiles', port },
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = await startTileStandIn();
  console.log(`Tile stand-in: MAP_TILE_URL=${tileUrlOf(started.url)}`);
}
