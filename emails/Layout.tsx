import type { ReactNode } from 'react';
import { Body, Button, Container, Head, Hr, Html, Link, Preview, Section, Text } from '@react-email/components';
import { nl } from '@/lib/i18n/nl';
import { useMailLocale, useMailText, type MailText } from './locale';

// The frame every Dordtpas mail shares, in the recipient's language (./locale.ts). Inline styles:
// many mail clients ignore <style>.

const dutch = {
  footer: nl.mail.footer as string,
  greeting: (name: string) => `Beste ${name},`,
  buttonFallback: 'Werkt de knop niet? Kopieer dan deze link in je browser:',
};
const TEXT: MailText<typeof dutch> = {
  nl: dutch,
  en: {
    footer: 'Dordtpas is a service of the Municipality of Dordrecht.',
    greeting: (name: string) => `Dear ${name},`,
    buttonFallback: 'Does the button not work? Copy this link into your browser:',
  },
};

/** "Beste Sanne," / "Dear Sanne,": the first line of a mail. */
export function Greeting({ name }: { name: string }) {
  return <Text style={paragraph}>{useMailText(TEXT).greeting(name)}</Text>;
}
export const colors = { brand: '#0b5e54', text: '#1a1a1a', muted: '#4a4a4a' };

export function Layout({ preview, children }: { preview: string; children: ReactNode }) {
  const t = useMailText(TEXT);
  return (
    <Html lang={useMailLocale()}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: '#f4f4f0', fontFamily: 'Arial, Helvetica, sans-serif', color: colors.text, margin: 0 }}>
        <Container style={{ maxWidth: 560, margin: '0 auto', padding: '24px 16px' }}>
          <Text style={{ fontSize: 22, fontWeight: 700, color: colors.brand, margin: '0 0 16px' }}>Dordtpas</Text>
          <Section style={{ backgroundColor: '#ffffff', borderRadius: 8, padding: '24px' }}>{children}</Section>
          <Hr style={{ borderColor: '#d8d8d0', margin: '24px 0 8px' }} />
          <Text style={{ fontSize: 13, color: colors.muted }}>{t.footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export const paragraph = { fontSize: 16, lineHeight: '24px', margin: '0 0 16px' };
export const button = {
  backgroundColor: colors.brand,
  color: '#ffffff',
  borderRadius: 6,
  padding: '12px 20px',
  fontSize: 16,
  fontWeight: 700,
  textDecoration: 'none',
  display: 'inline-block',
};

/** The mail's main button, with the link written out for mail clients that do not show buttons. */
export function CallToAction({ href, children }: { href: string; children: ReactNode }) {
  return (
    <>
      <Button href={href} style={button}>
        {children}
      </Button>
      <Text style={{ ...paragraph, marginTop: 16 }}>
        {useMailText(TEXT).buttonFallback}{' '}
        <Link href={href} style={{ wordBreak: 'break-all' }}>
          {href}
        </Link>
      </Text>
    </>
  );
}

/** A short notice: greeting, a few paragraphs, one button. Most Dordtpas mails are this. */
export function Notice({
  preview,
  name,
  paragraphs,
  cta,
}: {
  preview: string;
  name: string;
  paragraphs: ReactNode[];
  cta?: { href: string; label: string };
}) {
  return (
    <Layout preview={preview}>
      <Greeting name={name} />
      {paragraphs.map((p, i) => (
        <Text key={i} style={paragraph}>
          {p}
        </Text>
      ))}
      {cta ? <CallToAction href={cta.href}>{cta.label}</CallToAction> : null}
    </Layout>
  );
}
