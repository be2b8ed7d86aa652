import * as DiscordCode from './codes.ts';

type DiscordCode = (typeof DiscordCode)[keyof typeof DiscordCode];

export { DiscordCode };
