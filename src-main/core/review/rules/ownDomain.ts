import { channelFinding, type ReviewRuleCheck } from '../reviewFinding';

/** The host of a website's address, lower case, without "www."; null when it is no address. */
export function websiteHost(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** A city domain or one of its subdomains ("mechelen.be", "stadsarchief.mechelen.be"). */
export function isCityHost(host: string, cityDomains: readonly string[]): boolean {
  return cityDomains.some((domain) => {
    const d = domain
      .trim()
      .toLowerCase()
      .replace(/^www\./, '');
    return host === d || host.endsWith(`.${d}`);
  });
}

/** Websites on their own domain name instead of mechelen.be/trefwoord. A website without an address says nothing. */
export const ownDomain: ReviewRuleCheck = (input, settings) =>
  input.channels.flatMap((channel) => {
    if (channel.kind !== 'website' || channel.url === null) return [];
    const host = websiteHost(channel.url);
    if (host === null || isCityHost(host, settings.cityDomains)) return [];
    const city = settings.cityDomains[0]!;
    return [
      channelFinding('own_domain', channel, {
        action: 'merge',
        message: `Eigen domeinnaam ${host} in plaats van ${city}/trefwoord.`,
        messageEn: `Own domain name ${host} instead of ${city}/keyword.`,
        basis: { host, cityDomains: settings.cityDomains },
      }),
    ];
  });
