// Runs the same Discord client written with fetch, ky, ofetch and axios against a simulated
// Discord API on 127.0.0.1 (offline), and prints what each saw.
import { startDiscordServer } from './discordServer.ts';
import { tour as withAxios } from './withAxios.ts';
import { tour as withFetch } from './withFetch.ts';
import { tour as withKy } from './withKy.ts';
import { tour as withOfetch } from './withOfetch.ts';

const clients = { fetch: withFetch, ky: withKy, ofetch: withOfetch, axios: withAxios };

for (const [name, tour] of Object.entries(clients)) {
  // A fresh server each time: its "first request is rate limited" state starts over.
  const server = await startDiscordServer();
  try {
    console.log(`\n${name}`);
    for (const line of await tour(server.api)) console.log(`  ${line}`);
    console.log(`  requests the server saw: ${server.log.join(', ')}`);
  } finally {
    await server.close();
  }
}
