import { Socket } from 'node:net';
import { IncomingMessage } from 'node:http';
import { describe, expect, test } from 'vitest';
import { appendSocketAddress, clientAddressFrom } from '@/lib/limits/client-address';

// The one place every limit gets the client's address from. Our server appends the socket's address
// to X-Forwarded-For; TRUSTED_PROXIES says how many entries at the end our own proxies wrote.

function request(socketAddress: string, forwardedFor?: string | string[]): IncomingMessage {
  const socket = new Socket();
  Object.defineProperty(socket, 'remoteAddress', { value: socketAddress });
  const message = new IncomingMessage(socket);
  if (forwardedFor !== undefined) message.headers['x-forwarded-for'] = forwardedFor;
  return message;
}

/** What the app sees for a request that reached our server from `socketAddress` with this header. */
function seen(socketAddress: string, forwardedFor: string | undefined, trustedProxies: number) {
  const message = request(socketAddress, forwardedFor);
  appendSocketAddress(message);
  return clientAddressFrom(message.headers['x-forwarded-for'] as string, trustedProxies);
}

describe('without a proxy (TRUSTED_PROXIES=0, the default)', () => {
  test('the socket address counts, whatever the client puts in X-Forwarded-For', () => {
    expect(seen('203.0.113.5', undefined, 0)).toBe('203.0.113.5');
    for (const forged of ['1.2.3.4', '1.2.3.4, 5.6.7.8', 'unknown', '', ' , ,', 'x'.repeat(5000)]) {
      expect(seen('203.0.113.5', forged, 0)).toBe('203.0.113.5');
    }
  });

  test('IPv4 in IPv6 form is the same address', () => {
    expect(seen('::ffff:127.0.0.1', undefined, 0)).toBe('127.0.0.1');
    expect(seen('2001:DB8::1', undefined, 0)).toBe('2001:db8::1');
  });

  test('several X-Forwarded-For headers are joined before the socket address is appended', () => {
    const message = request('203.0.113.5', ['1.1.1.1', '2.2.2.2']);
    appendSocketAddress(message);
    expect(message.headers['x-forwarded-for']).toBe('1.1.1.1, 2.2.2.2, 203.0.113.5');
  });
});

describe('behind proxies', () => {
  test('one proxy (nginx appends the client): the entry before the proxy counts, made-up ones in front do not', () => {
    // nginx at 10.0.0.2 saw the client at 198.51.100.7; the client had sent "6.6.6.6" itself.
    expect(seen('10.0.0.2', '198.51.100.7', 1)).toBe('198.51.100.7');
    expect(seen('10.0.0.2', '6.6.6.6, 198.51.100.7', 1)).toBe('198.51.100.7');
    expect(seen('10.0.0.2', '6.6.6.6, 7.7.7.7, 198.51.100.7', 1)).toBe('198.51.100.7');
  });

  test('two proxies (CDN, then nginx)', () => {
    expect(seen('10.0.0.2', '6.6.6.6, 198.51.100.7, 192.0.2.44', 2)).toBe('198.51.100.7');
  });

  test('fewer entries than proxies configured: the furthest address we can see', () => {
    expect(seen('127.0.0.1', undefined, 1)).toBe('127.0.0.1');
    expect(clientAddressFrom('', 1)).toBe('unknown');
    expect(clientAddressFrom(null, 0)).toBe('unknown');
  });

  test('a made-up word in place of an address is bounded in length', () => {
    expect(clientAddressFrom(`${'a'.repeat(500)}, 10.0.0.2`, 1)).toHaveLength(64);
  });
});
