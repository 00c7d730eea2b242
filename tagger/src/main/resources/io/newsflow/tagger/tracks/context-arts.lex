# Arts and entertainment context: where "war", "battle", "vote" or "budget" are about a film, a show
# or an award.
1    film
1    movie
1    movies
1    cinema
1    actor
1    actress
1    film director
1    artistic director
1    musical director
1    oscar
1    =bafta
1    =baftas
1    =grammy
1    =grammys
1    =emmy
0.5  award
1    nominated
1    nomination
1    box office
1    album
0.5  single
1    singer
1    song
1    band
1    musical
0.5  music
1    concert
0.5  tour
0.5  chart
1    novel
0.5  author
0.5  book
1    theatre
1    theater
0.5  play
0.5  stage
1    comedy
1    drama
1    sitcom
1    soap
1    documentary
0.5  series
1    episode
0.5  show
1    festival
1    premiere
0.5  star
1    =starring
1    celebrity
1    hollywood
1    television
1    =tv
0.5  audience
0.5  viewers
0.5  fans
0.5  role
