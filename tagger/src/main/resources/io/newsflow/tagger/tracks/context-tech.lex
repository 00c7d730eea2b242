# Technology context: where "attack", "security", "war" or "sales" are about software, devices and
# the net rather than armies or the economy.
1    software
1    hardware
1    computer
1    internet
1    online
1    website
1    web
1    broadband
1    wireless
1    wi-fi
1    email
1    e-mail
1    spam
1    virus
1    malware
1    spyware
1    hacker
1    browser
1    search engine
1    download
1    file-sharing
1    peer-to-peer
1    digital
1    gadget
1    device
1    mobile phone
1    mobiles
1    smartphone
1    handset
1    laptop
1    =pc
1    =pcs
1    console
1    video game
1    gamers
1    gaming
1    chip
1    processor
1    robot
0.5  technology
1    tech
1    hi-tech
1    high-tech
1    users
1    operating system
1    network
1    blog
1    bloggers
1    podcast
1    dvd
1    =tv
0.5  screen
0.5  data
0.5  program
0.5  app
0.5  site
