// The pages of the stub site: few, each holding the version of the build that wrote it.
export const PAGES = ['index.html', 'policies/index.html', 'targets.csv', 'search/manifest.json', 'departments/a/index.html', '404.html'];
