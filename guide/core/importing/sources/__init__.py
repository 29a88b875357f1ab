"""Articles from where they live: a show's pages from a MediaWiki site (Wikipedia, a Fandom
wiki) made into article files, with their attribution."""
