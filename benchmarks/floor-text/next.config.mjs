// PROFILE_SOURCE_MAPS=1 (set by `npm run profile` when it builds this page): browser source maps,
// so that the profile can name the modules of the text reference as it names the site's.
export default { poweredByHeader: false, productionBrowserSourceMaps: process.env.PROFILE_SOURCE_MAPS === '1' };
