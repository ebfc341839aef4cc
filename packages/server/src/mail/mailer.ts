// Outgoing e-mail over SMTP (SMTP_URL, sender MAIL_FROM). Without SMTP_URL the installation sends
// no e-mail and the few messages it has (e-mail verification) are written to the server log.
import { createTransport } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** One SMTP transport for the process; timeouts short enough that a dead mail server does not hold a request for minutes. */
export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport = createTransport({ url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 }, { from });
  return {
    async send(message) {
      await transport.sendMail(message);
    },
    close() {
      transport.close();
    },
  };
}
