/** Where the Discord REST API answers; a registry routes responses from these hosts to this package. */
export const DISCORD_HOSTS: readonly string[] = ['discord.com', '.discord.com', 'discordapp.com', '.discordapp.com'];
