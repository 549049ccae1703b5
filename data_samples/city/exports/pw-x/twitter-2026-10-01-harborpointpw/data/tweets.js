window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090000000000001"
          ],
          "editableUntil" : "2023-10-03T23:17:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/wrLSX8cwht",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "123",
              "146"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "17",
      "id_str" : "1700090000000000001",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700090000000000001",
      "created_at" : "Tue Oct 03 22:17:52 +0000 2023",
      "favorited" : false,
      "full_text" : "Pothole crews repaired 140 potholes this week, including on Miner Ave. Report one with the Harbor Point Connect app. More: https://t.co/wrLSX8cwht",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090000000000002"
          ],
          "editableUntil" : "2023-10-11T00:06:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/pleYdR5INO",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "72",
              "95"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "41",
      "id_str" : "1700090000000000002",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700090000000000002",
      "created_at" : "Tue Oct 10 23:06:39 +0000 2023",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at March Lane and Hammer Lane. More: https://t.co/pleYdR5INO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090000000000003"
          ],
          "editableUntil" : "2023-10-17T19:26:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/7snHjhDyZd",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "69",
              "92"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "43",
      "id_str" : "1700090000000000003",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700090000000000003",
      "created_at" : "Tue Oct 17 18:26:06 +0000 2023",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Center St and Weber Ave. More: https://t.co/7snHjhDyZd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090000000000004"
          ],
          "editableUntil" : "2023-10-19T00:47:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/poiWsYD2uh",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "89",
              "112"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "42",
      "id_str" : "1700090000000000004",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700090000000000004",
      "created_at" : "Wed Oct 18 23:47:27 +0000 2023",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Calle Sonora. Expect low pressure until 5 p.m. More: https://t.co/poiWsYD2uh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090000000000005"
          ],
          "editableUntil" : "2023-10-19T16:53:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/fuHwNwqZ49",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "126",
              "149"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "0",
      "id_str" : "1700090000000000005",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700090000000000005",
      "created_at" : "Thu Oct 19 15:53:04 +0000 2023",
      "favorited" : false,
      "full_text" : "Pothole crews repaired 140 potholes this week, including on Oak Grove Rd. Report one with the Harbor Point Connect app. More: https://t.co/fuHwNwqZ49",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090000000000006"
          ],
          "editableUntil" : "2023-10-24T17:32:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ApSv-D5tR7",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "71",
              "94"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "62",
      "id_str" : "1700090000000000006",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700090000000000006",
      "created_at" : "Tue Oct 24 16:32:02 +0000 2023",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Pacific Ave and Miner Ave. More: https://t.co/ApSv-D5tR7",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090000000000007"
          ],
          "editableUntil" : "2023-10-25T23:07:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/yrOQfDMWuK",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "56",
      "id_str" : "1700090000000000007",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700090000000000007",
      "created_at" : "Wed Oct 25 22:07:25 +0000 2023",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/yrOQfDMWuK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090100000000001"
          ],
          "editableUntil" : "2023-11-07T18:56:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "45",
      "id_str" : "1700090100000000001",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700090100000000001",
      "created_at" : "Tue Nov 07 17:56:38 +0000 2023",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Oak Grove Rd. Expect low pressure until 5 p.m.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090100000000002"
          ],
          "editableUntil" : "2023-11-15T00:10:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/NyOSUp0ET_",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "70",
              "93"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "47",
      "id_str" : "1700090100000000002",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700090100000000002",
      "created_at" : "Tue Nov 14 23:10:23 +0000 2023",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Center St and March Lane. More: https://t.co/NyOSUp0ET_",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090100000000003"
          ],
          "editableUntil" : "2023-11-21T20:53:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/UAWje9PtGO",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "74",
              "97"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "8",
      "id_str" : "1700090100000000003",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700090100000000003",
      "created_at" : "Tue Nov 21 19:53:52 +0000 2023",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Calle Sonora and Hammer Lane. More: https://t.co/UAWje9PtGO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090100000000004"
          ],
          "editableUntil" : "2023-11-29T01:14:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/EcoNuynngO",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "123",
              "146"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "78",
      "id_str" : "1700090100000000004",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700090100000000004",
      "created_at" : "Wed Nov 29 00:14:18 +0000 2023",
      "favorited" : false,
      "full_text" : "Pothole crews repaired 140 potholes this week, including on Miner Ave. Report one with the Harbor Point Connect app. More: https://t.co/EcoNuynngO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090190000000001"
          ],
          "editableUntil" : "2023-11-02T18:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "61",
      "id_str" : "1700090190000000001",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700090190000000001",
      "created_at" : "Thu Nov 02 17:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Daylight saving time ends Sunday. More: https://www.harborpoint.example.org/news",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090200000000001"
          ],
          "editableUntil" : "2023-12-01T20:10:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "30",
      "id_str" : "1700090200000000001",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700090200000000001",
      "created_at" : "Fri Dec 01 19:10:27 +0000 2023",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090200000000002"
          ],
          "editableUntil" : "2023-12-05T23:26:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/VDVEljKvJR",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "69",
              "92"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "67",
      "id_str" : "1700090200000000002",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700090200000000002",
      "created_at" : "Tue Dec 05 22:26:02 +0000 2023",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Center St and Weber Ave. More: https://t.co/VDVEljKvJR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090200000000003"
          ],
          "editableUntil" : "2023-12-08T19:34:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/oujLbUbFMu",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "60",
      "id_str" : "1700090200000000003",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700090200000000003",
      "created_at" : "Fri Dec 08 18:34:34 +0000 2023",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/oujLbUbFMu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090200000000004"
          ],
          "editableUntil" : "2023-12-16T01:08:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/W52VLjtPR9",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "125",
              "148"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "47",
      "id_str" : "1700090200000000004",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700090200000000004",
      "created_at" : "Sat Dec 16 00:08:20 +0000 2023",
      "favorited" : false,
      "full_text" : "Paving on Harbor Way between March Lane and Oak Grove Rd starts Thursday. Expect lane closures from 7 a.m. to 4 p.m. 🚧 More: https://t.co/W52VLjtPR9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090200000000005"
          ],
          "editableUntil" : "2023-12-22T18:36:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/xCP8996jsh",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "88",
              "111"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "7",
      "id_str" : "1700090200000000005",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700090200000000005",
      "created_at" : "Fri Dec 22 17:36:34 +0000 2023",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Hammer Lane. Expect low pressure until 5 p.m. More: https://t.co/xCP8996jsh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090200000000006"
          ],
          "editableUntil" : "2023-12-30T00:39:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/yhFyQwoEFM",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "124",
              "147"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "10",
      "id_str" : "1700090200000000006",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700090200000000006",
      "created_at" : "Fri Dec 29 23:39:43 +0000 2023",
      "favorited" : false,
      "full_text" : "Paving on Center St between Hammer Lane and Harbor Way starts Wednesday. Expect lane closures from 7 a.m. to 4 p.m. 🚧 More: https://t.co/yhFyQwoEFM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090290000000001"
          ],
          "editableUntil" : "2023-12-12T19:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "91",
      "id_str" : "1700090290000000001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700090290000000001",
      "created_at" : "Tue Dec 12 18:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Street sweeping is paused for the holidays. More: https://www.harborpoint.example.org/roads",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090300000000001"
          ],
          "editableUntil" : "2024-01-08T16:38:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "53",
      "id_str" : "1700090300000000001",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700090300000000001",
      "created_at" : "Mon Jan 08 15:38:22 +0000 2024",
      "favorited" : false,
      "full_text" : "Pothole crews repaired 140 potholes this week, including on El Dorado St. Report one with the Harbor Point Connect app.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090300000000002"
          ],
          "editableUntil" : "2024-01-15T18:18:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/sD_hHOvWZh",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "88",
              "111"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "40",
      "id_str" : "1700090300000000002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700090300000000002",
      "created_at" : "Mon Jan 15 17:18:24 +0000 2024",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Hammer Lane. Expect low pressure until 5 p.m. More: https://t.co/sD_hHOvWZh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090300000000003"
          ],
          "editableUntil" : "2024-01-18T00:33:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/jWJM9bthyh",
            "expanded_url" : "https://www.valleytransit.example.com/routes",
            "display_url" : "www.valleytransit.example…",
            "indices" : [
              "86",
              "109"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "9",
      "id_str" : "1700090300000000003",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700090300000000003",
      "created_at" : "Wed Jan 17 23:33:43 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. (external link) https://t.co/jWJM9bthyh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090300000000005"
          ],
          "editableUntil" : "2024-01-29T18:46:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/a65CBJaM7Q",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "7",
      "id_str" : "1700090300000000005",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700090300000000005",
      "created_at" : "Mon Jan 29 17:46:23 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/a65CBJaM7Q",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090400000000001"
          ],
          "editableUntil" : "2024-02-07T19:53:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/qgPgtiMKc9",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "123",
              "146"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "67",
      "id_str" : "1700090400000000001",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700090400000000001",
      "created_at" : "Wed Feb 07 18:53:34 +0000 2024",
      "favorited" : false,
      "full_text" : "Paving on El Dorado St between Miner Ave and Hammer Lane starts Monday. Expect lane closures from 7 a.m. to 4 p.m. 🚧 More: https://t.co/qgPgtiMKc9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090400000000002"
          ],
          "editableUntil" : "2024-02-14T19:49:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/C4a7uDhWYj",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "70",
              "93"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "50",
      "id_str" : "1700090400000000002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700090400000000002",
      "created_at" : "Wed Feb 14 18:49:23 +0000 2024",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Center St and March Lane. More: https://t.co/C4a7uDhWYj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090400000000003"
          ],
          "editableUntil" : "2024-02-21T21:42:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ZFIF0or9eR",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "125",
              "148"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "62",
      "id_str" : "1700090400000000003",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700090400000000003",
      "created_at" : "Wed Feb 21 20:42:06 +0000 2024",
      "favorited" : false,
      "full_text" : "Pothole crews repaired 140 potholes this week, including on Hammer Lane. Report one with the Harbor Point Connect app. More: https://t.co/ZFIF0or9eR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090400000000004"
          ],
          "editableUntil" : "2024-02-27T02:05:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/MGkOX9FQHr",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "56",
      "id_str" : "1700090400000000004",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700090400000000004",
      "created_at" : "Tue Feb 27 01:05:04 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/MGkOX9FQHr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090500000000001"
          ],
          "editableUntil" : "2024-03-07T22:45:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/2EPE7vs9Kw",
            "expanded_url" : "https://www.valleytransit.example.com/routes",
            "display_url" : "www.valleytransit.example…",
            "indices" : [
              "82",
              "105"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "74",
      "id_str" : "1700090500000000001",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700090500000000001",
      "created_at" : "Thu Mar 07 21:45:42 +0000 2024",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at El Dorado St and Miner Ave. (external link) https://t.co/2EPE7vs9Kw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090500000000002"
          ],
          "editableUntil" : "2024-03-14T16:40:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/QrUOP00E-X",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "46",
      "id_str" : "1700090500000000002",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700090500000000002",
      "created_at" : "Thu Mar 14 15:40:49 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/QrUOP00E-X",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090500000000003"
          ],
          "editableUntil" : "2024-03-21T18:53:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/4S6Odz3hFc",
            "expanded_url" : "https://www.valleytransit.example.com/routes",
            "display_url" : "www.valleytransit.example…",
            "indices" : [
              "99",
              "122"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "39",
      "id_str" : "1700090500000000003",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700090500000000003",
      "created_at" : "Thu Mar 21 17:53:18 +0000 2024",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Calle Sonora. Expect low pressure until 5 p.m. (external link) https://t.co/4S6Odz3hFc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090500000000004"
          ],
          "editableUntil" : "2024-03-23T01:02:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "8",
      "id_str" : "1700090500000000004",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700090500000000004",
      "created_at" : "Sat Mar 23 00:02:30 +0000 2024",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Hammer Lane. Expect low pressure until 5 p.m.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090500000000005"
          ],
          "editableUntil" : "2024-03-26T23:20:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "19",
      "id_str" : "1700090500000000005",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700090500000000005",
      "created_at" : "Tue Mar 26 22:20:37 +0000 2024",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Miner Ave and Calle Sonora.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090600000000001"
          ],
          "editableUntil" : "2024-04-08T16:23:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Uv1hFoJLU2",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "88",
              "111"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "58",
      "id_str" : "1700090600000000001",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700090600000000001",
      "created_at" : "Mon Apr 08 15:23:06 +0000 2024",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Hammer Lane. Expect low pressure until 5 p.m. More: https://t.co/Uv1hFoJLU2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090600000000002"
          ],
          "editableUntil" : "2024-04-15T17:52:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ZDaSzwuGCJ",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "86",
              "109"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "74",
      "id_str" : "1700090600000000002",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700090600000000002",
      "created_at" : "Mon Apr 15 16:52:07 +0000 2024",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Weber Ave. Expect low pressure until 5 p.m. More: https://t.co/ZDaSzwuGCJ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090600000000003"
          ],
          "editableUntil" : "2024-04-19T19:30:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/0K_9XbJa1x",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "16",
      "id_str" : "1700090600000000003",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700090600000000003",
      "created_at" : "Fri Apr 19 18:30:38 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/0K_9XbJa1x",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090600000000004"
          ],
          "editableUntil" : "2024-04-23T00:46:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/K39M5JlE3M",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "87",
              "110"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "68",
      "id_str" : "1700090600000000004",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700090600000000004",
      "created_at" : "Mon Apr 22 23:46:55 +0000 2024",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Fremont St. Expect low pressure until 5 p.m. More: https://t.co/K39M5JlE3M",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090600000000005"
          ],
          "editableUntil" : "2024-04-30T01:54:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/tY0Q60D9Am",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "70",
              "93"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "36",
      "id_str" : "1700090600000000005",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700090600000000005",
      "created_at" : "Tue Apr 30 00:54:10 +0000 2024",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Center St and March Lane. More: https://t.co/tY0Q60D9Am",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090700000000001"
          ],
          "editableUntil" : "2024-05-01T22:04:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "37",
      "id_str" : "1700090700000000001",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700090700000000001",
      "created_at" : "Wed May 01 21:04:54 +0000 2024",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at March Lane and Miner Ave.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090700000000002"
          ],
          "editableUntil" : "2024-05-07T18:30:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "17",
      "id_str" : "1700090700000000002",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700090700000000002",
      "created_at" : "Tue May 07 17:30:20 +0000 2024",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Fremont St. Expect low pressure until 5 p.m.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090700000000003"
          ],
          "editableUntil" : "2024-05-14T19:39:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/FX82QEkzna",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "86",
              "109"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "73",
      "id_str" : "1700090700000000003",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700090700000000003",
      "created_at" : "Tue May 14 18:39:09 +0000 2024",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Miner Ave. Expect low pressure until 5 p.m. More: https://t.co/FX82QEkzna",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090700000000004"
          ],
          "editableUntil" : "2024-05-21T20:31:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/S2kb71fR60",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "7",
      "id_str" : "1700090700000000004",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700090700000000004",
      "created_at" : "Tue May 21 19:31:52 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/S2kb71fR60",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090700000000005"
          ],
          "editableUntil" : "2024-05-24T15:47:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/NE4pq5E0-Y",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "125",
              "148"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "26",
      "id_str" : "1700090700000000005",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700090700000000005",
      "created_at" : "Fri May 24 14:47:30 +0000 2024",
      "favorited" : false,
      "full_text" : "Paving on Fremont St between Pacific Ave and Hammer Lane starts Thursday. Expect lane closures from 7 a.m. to 4 p.m. 🚧 More: https://t.co/NE4pq5E0-Y",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090700000000006"
          ],
          "editableUntil" : "2024-05-31T18:28:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/SbHU2vG6vL",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "86",
              "109"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "76",
      "id_str" : "1700090700000000006",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700090700000000006",
      "created_at" : "Fri May 31 17:28:13 +0000 2024",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Miner Ave. Expect low pressure until 5 p.m. More: https://t.co/SbHU2vG6vL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090800000000001"
          ],
          "editableUntil" : "2024-06-03T15:51:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ya1RMNuQNB",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "73",
              "96"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "6",
      "id_str" : "1700090800000000001",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700090800000000001",
      "created_at" : "Mon Jun 03 14:51:32 +0000 2024",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Calle Sonora and Fremont St. More: https://t.co/ya1RMNuQNB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090800000000002"
          ],
          "editableUntil" : "2024-06-07T16:09:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/xFj92Yq0Fg",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "86",
              "109"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "43",
      "id_str" : "1700090800000000002",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700090800000000002",
      "created_at" : "Fri Jun 07 15:09:33 +0000 2024",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Center St. Expect low pressure until 5 p.m. More: https://t.co/xFj92Yq0Fg",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090800000000003"
          ],
          "editableUntil" : "2024-06-11T00:33:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/qngvxNleFH",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "125",
              "148"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "12",
      "id_str" : "1700090800000000003",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700090800000000003",
      "created_at" : "Mon Jun 10 23:33:34 +0000 2024",
      "favorited" : false,
      "full_text" : "Paving on El Dorado St between Miner Ave and Hammer Lane starts Thursday. Expect lane closures from 7 a.m. to 4 p.m. 🚧 More: https://t.co/qngvxNleFH",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090800000000004"
          ],
          "editableUntil" : "2024-06-17T18:50:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/UXh-91a3i-",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "85",
      "id_str" : "1700090800000000004",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700090800000000004",
      "created_at" : "Mon Jun 17 17:50:37 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/UXh-91a3i-",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090800000000005"
          ],
          "editableUntil" : "2024-06-19T17:13:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/B-5V444qAY",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "69",
      "id_str" : "1700090800000000005",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700090800000000005",
      "created_at" : "Wed Jun 19 16:13:13 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/B-5V444qAY",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090800000000006"
          ],
          "editableUntil" : "2024-06-20T15:53:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/5syJE3_Dwy",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "88",
              "111"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "89",
      "id_str" : "1700090800000000006",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700090800000000006",
      "created_at" : "Thu Jun 20 14:53:22 +0000 2024",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Pacific Ave. Expect low pressure until 5 p.m. More: https://t.co/5syJE3_Dwy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090800000000007"
          ],
          "editableUntil" : "2024-06-27T17:20:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "54",
      "id_str" : "1700090800000000007",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700090800000000007",
      "created_at" : "Thu Jun 27 16:20:45 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090900000000001"
          ],
          "editableUntil" : "2024-07-02T15:46:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/OWk6AftCwY",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "123",
              "146"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "30",
      "id_str" : "1700090900000000001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700090900000000001",
      "created_at" : "Tue Jul 02 14:46:22 +0000 2024",
      "favorited" : false,
      "full_text" : "Pothole crews repaired 140 potholes this week, including on Miner Ave. Report one with the Harbor Point Connect app. More: https://t.co/OWk6AftCwY",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090900000000002"
          ],
          "editableUntil" : "2024-07-09T15:48:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "61",
      "id_str" : "1700090900000000002",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700090900000000002",
      "created_at" : "Tue Jul 09 14:48:17 +0000 2024",
      "favorited" : false,
      "full_text" : "Paving on Fremont St between Weber Ave and Miner Ave starts Wednesday. Expect lane closures from 7 a.m. to 4 p.m. 🚧",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090900000000003"
          ],
          "editableUntil" : "2024-07-13T01:10:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/vT4igfsCL0",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "87",
              "110"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "57",
      "id_str" : "1700090900000000003",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700090900000000003",
      "created_at" : "Sat Jul 13 00:10:37 +0000 2024",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on March Lane. Expect low pressure until 5 p.m. More: https://t.co/vT4igfsCL0",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090900000000004"
          ],
          "editableUntil" : "2024-07-19T17:36:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "30",
      "id_str" : "1700090900000000004",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700090900000000004",
      "created_at" : "Fri Jul 19 16:36:52 +0000 2024",
      "favorited" : false,
      "full_text" : "Paving on Oak Grove Rd between Fremont St and Harbor Way starts Friday. Expect lane closures from 7 a.m. to 4 p.m. 🚧",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090900000000005"
          ],
          "editableUntil" : "2024-07-24T19:19:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Ul5Z5ObJOe",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "12",
      "id_str" : "1700090900000000005",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700090900000000005",
      "created_at" : "Wed Jul 24 18:19:47 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/Ul5Z5ObJOe",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090900000000006"
          ],
          "editableUntil" : "2024-07-31T21:34:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/-n3iDhvoLb",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "54",
      "id_str" : "1700090900000000006",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700090900000000006",
      "created_at" : "Wed Jul 31 20:34:33 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/-n3iDhvoLb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091000000000001"
          ],
          "editableUntil" : "2024-08-07T18:43:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/DiCyQL3I8m",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "72",
              "95"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "10",
      "id_str" : "1700091000000000001",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700091000000000001",
      "created_at" : "Wed Aug 07 17:43:59 +0000 2024",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Harbor Way and Hammer Lane. More: https://t.co/DiCyQL3I8m",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091000000000002"
          ],
          "editableUntil" : "2024-08-14T15:36:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "95",
      "id_str" : "1700091000000000002",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700091000000000002",
      "created_at" : "Wed Aug 14 14:36:13 +0000 2024",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Weber Ave. Expect low pressure until 5 p.m.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091000000000003"
          ],
          "editableUntil" : "2024-08-15T21:08:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/hdwIgoVuyG",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "86",
              "109"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "67",
      "id_str" : "1700091000000000003",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700091000000000003",
      "created_at" : "Thu Aug 15 20:08:26 +0000 2024",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Center St. Expect low pressure until 5 p.m. More: https://t.co/hdwIgoVuyG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091000000000005"
          ],
          "editableUntil" : "2024-08-23T18:37:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "20",
      "id_str" : "1700091000000000005",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700091000000000005",
      "created_at" : "Fri Aug 23 17:37:47 +0000 2024",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Fremont St. Expect low pressure until 5 p.m.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091000000000006"
          ],
          "editableUntil" : "2024-08-30T01:22:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ymI1F-swVq",
            "expanded_url" : "https://www.valleytransit.example.com/routes",
            "display_url" : "www.valleytransit.example…",
            "indices" : [
              "138",
              "161"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "161"
      ],
      "favorite_count" : "74",
      "id_str" : "1700091000000000006",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700091000000000006",
      "created_at" : "Fri Aug 30 00:22:39 +0000 2024",
      "favorited" : false,
      "full_text" : "Paving on Calle Sonora between Hammer Lane and El Dorado St starts Saturday. Expect lane closures from 7 a.m. to 4 p.m. 🚧 (external link) https://t.co/ymI1F-swVq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091100000000001"
          ],
          "editableUntil" : "2024-09-06T01:37:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/f0ReApq-LW",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "89",
              "112"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "64",
      "id_str" : "1700091100000000001",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700091100000000001",
      "created_at" : "Fri Sep 06 00:37:12 +0000 2024",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Oak Grove Rd. Expect low pressure until 5 p.m. More: https://t.co/f0ReApq-LW",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091100000000002"
          ],
          "editableUntil" : "2024-09-13T01:57:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/T1wz2i4f3V",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "53",
      "id_str" : "1700091100000000002",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700091100000000002",
      "created_at" : "Fri Sep 13 00:57:16 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/T1wz2i4f3V",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091100000000003"
          ],
          "editableUntil" : "2024-09-17T18:53:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "63",
      "id_str" : "1700091100000000003",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700091100000000003",
      "created_at" : "Tue Sep 17 17:53:06 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091100000000004"
          ],
          "editableUntil" : "2024-09-24T19:06:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "66",
      "id_str" : "1700091100000000004",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700091100000000004",
      "created_at" : "Tue Sep 24 18:06:55 +0000 2024",
      "favorited" : false,
      "full_text" : "Paving on El Dorado St between Oak Grove Rd and Fremont St starts Thursday. Expect lane closures from 7 a.m. to 4 p.m. 🚧",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091100000000005"
          ],
          "editableUntil" : "2024-09-25T21:44:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/56ZZIFtnEJ",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "70",
      "id_str" : "1700091100000000005",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700091100000000005",
      "created_at" : "Wed Sep 25 20:44:33 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/56ZZIFtnEJ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091200000000001"
          ],
          "editableUntil" : "2024-10-07T22:30:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ZcS79qsZ2u",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "124",
              "147"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "73",
      "id_str" : "1700091200000000001",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700091200000000001",
      "created_at" : "Mon Oct 07 21:30:13 +0000 2024",
      "favorited" : false,
      "full_text" : "Paving on Weber Ave between El Dorado St and Miner Ave starts Wednesday. Expect lane closures from 7 a.m. to 4 p.m. 🚧 More: https://t.co/ZcS79qsZ2u",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091200000000002"
          ],
          "editableUntil" : "2024-10-08T17:40:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/iDgJ7-tymc",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "89",
              "112"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "75",
      "id_str" : "1700091200000000002",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700091200000000002",
      "created_at" : "Tue Oct 08 16:40:04 +0000 2024",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on El Dorado St. Expect low pressure until 5 p.m. More: https://t.co/iDgJ7-tymc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091200000000003"
          ],
          "editableUntil" : "2024-10-15T16:02:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/MGU6AgqEZa",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "65",
      "id_str" : "1700091200000000003",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700091200000000003",
      "created_at" : "Tue Oct 15 15:02:36 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/MGU6AgqEZa",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091200000000004"
          ],
          "editableUntil" : "2024-10-16T17:27:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/D2SoUrNdRK",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "126",
              "149"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "21",
      "id_str" : "1700091200000000004",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700091200000000004",
      "created_at" : "Wed Oct 16 16:27:28 +0000 2024",
      "favorited" : false,
      "full_text" : "Pothole crews repaired 140 potholes this week, including on El Dorado St. Report one with the Harbor Point Connect app. More: https://t.co/D2SoUrNdRK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091200000000005"
          ],
          "editableUntil" : "2024-10-23T22:03:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/_nRchqGFrX",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "69",
              "92"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "38",
      "id_str" : "1700091200000000005",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700091200000000005",
      "created_at" : "Wed Oct 23 21:03:00 +0000 2024",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Miner Ave and Center St. More: https://t.co/_nRchqGFrX",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091200000000006"
          ],
          "editableUntil" : "2024-10-30T17:05:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/0VyhRAbSBh",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "125",
              "148"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "49",
      "id_str" : "1700091200000000006",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700091200000000006",
      "created_at" : "Wed Oct 30 16:05:56 +0000 2024",
      "favorited" : false,
      "full_text" : "Paving on Fremont St between March Lane and El Dorado St starts Saturday. Expect lane closures from 7 a.m. to 4 p.m. 🚧 More: https://t.co/0VyhRAbSBh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091300000000001"
          ],
          "editableUntil" : "2024-11-07T21:17:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/109yp70EVP",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "126",
              "149"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "60",
      "id_str" : "1700091300000000001",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700091300000000001",
      "created_at" : "Thu Nov 07 20:17:54 +0000 2024",
      "favorited" : false,
      "full_text" : "Paving on March Lane between El Dorado St and Hammer Lane starts Thursday. Expect lane closures from 7 a.m. to 4 p.m. 🚧 More: https://t.co/109yp70EVP",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091300000000002"
          ],
          "editableUntil" : "2024-11-08T18:21:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/t7hm0pIWpz",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "70",
              "93"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "29",
      "id_str" : "1700091300000000002",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700091300000000002",
      "created_at" : "Fri Nov 08 17:21:37 +0000 2024",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Miner Ave and March Lane. More: https://t.co/t7hm0pIWpz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091300000000003"
          ],
          "editableUntil" : "2024-11-16T00:58:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ehr1LeQY2i",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "72",
              "95"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "22",
      "id_str" : "1700091300000000003",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700091300000000003",
      "created_at" : "Fri Nov 15 23:58:52 +0000 2024",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Harbor Way and Pacific Ave. More: https://t.co/ehr1LeQY2i",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091300000000004"
          ],
          "editableUntil" : "2024-11-22T21:32:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/A3sEQ1sNAn",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "73",
              "96"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "55",
      "id_str" : "1700091300000000004",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700091300000000004",
      "created_at" : "Fri Nov 22 20:32:15 +0000 2024",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Fremont St and Calle Sonora. More: https://t.co/A3sEQ1sNAn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091300000000005"
          ],
          "editableUntil" : "2024-11-29T23:13:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/_b-WOnP8C3",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "86",
              "109"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "39",
      "id_str" : "1700091300000000005",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700091300000000005",
      "created_at" : "Fri Nov 29 22:13:42 +0000 2024",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Miner Ave. Expect low pressure until 5 p.m. More: https://t.co/_b-WOnP8C3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091400000000001"
          ],
          "editableUntil" : "2024-12-10T01:25:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/BC8ZebcKrS",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "36",
      "id_str" : "1700091400000000001",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700091400000000001",
      "created_at" : "Tue Dec 10 00:25:23 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/BC8ZebcKrS",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091400000000002"
          ],
          "editableUntil" : "2024-12-10T23:38:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "54",
      "id_str" : "1700091400000000002",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700091400000000002",
      "created_at" : "Tue Dec 10 22:38:17 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091400000000003"
          ],
          "editableUntil" : "2024-12-17T20:19:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/h0Scw1eCMy",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "124",
              "147"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "38",
      "id_str" : "1700091400000000003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700091400000000003",
      "created_at" : "Tue Dec 17 19:19:47 +0000 2024",
      "favorited" : false,
      "full_text" : "Pothole crews repaired 140 potholes this week, including on March Lane. Report one with the Harbor Point Connect app. More: https://t.co/h0Scw1eCMy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091400000000004"
          ],
          "editableUntil" : "2024-12-23T22:26:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/sXZenXRiU1",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "29",
      "id_str" : "1700091400000000004",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700091400000000004",
      "created_at" : "Mon Dec 23 21:26:04 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/sXZenXRiU1",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091400000000005"
          ],
          "editableUntil" : "2024-12-30T20:41:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/DYWCVNiGUD",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "27",
      "id_str" : "1700091400000000005",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700091400000000005",
      "created_at" : "Mon Dec 30 19:41:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/DYWCVNiGUD",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091500000000001"
          ],
          "editableUntil" : "2025-01-07T18:08:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/lcvNkkpXf_",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "125",
              "148"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "17",
      "id_str" : "1700091500000000001",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700091500000000001",
      "created_at" : "Tue Jan 07 17:08:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Pothole crews repaired 140 potholes this week, including on Hammer Lane. Report one with the Harbor Point Connect app. More: https://t.co/lcvNkkpXf_",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091500000000002"
          ],
          "editableUntil" : "2025-01-09T02:14:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/CqKpukWjbT",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "6",
      "id_str" : "1700091500000000002",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700091500000000002",
      "created_at" : "Thu Jan 09 01:14:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/CqKpukWjbT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091500000000003"
          ],
          "editableUntil" : "2025-01-13T23:18:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/CB4niCGTmk",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "72",
              "95"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "2",
      "id_str" : "1700091500000000003",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700091500000000003",
      "created_at" : "Mon Jan 13 22:18:08 +0000 2025",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Miner Ave and Calle Sonora. More: https://t.co/CB4niCGTmk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091500000000004"
          ],
          "editableUntil" : "2025-01-20T16:46:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/W40L79pUjp",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "70",
              "93"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "82",
      "id_str" : "1700091500000000004",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700091500000000004",
      "created_at" : "Mon Jan 20 15:46:59 +0000 2025",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Harbor Way and Miner Ave. More: https://t.co/W40L79pUjp",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091500000000005"
          ],
          "editableUntil" : "2025-01-27T18:01:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/eLNqEgmo8i",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "122",
              "145"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "80",
      "id_str" : "1700091500000000005",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700091500000000005",
      "created_at" : "Mon Jan 27 17:01:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Paving on Center St between Oak Grove Rd and Harbor Way starts Friday. Expect lane closures from 7 a.m. to 4 p.m. 🚧 More: https://t.co/eLNqEgmo8i",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091500000000006"
          ],
          "editableUntil" : "2025-02-01T01:25:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "15",
      "id_str" : "1700091500000000006",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700091500000000006",
      "created_at" : "Sat Feb 01 00:25:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Oak Grove Rd. Expect low pressure until 5 p.m.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091500000000009"
          ],
          "editableUntil" : "2025-01-28T23:18:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ethan Hernández",
            "screen_name" : "ethan_hernandez21",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "1400172773",
            "id" : "1400172773"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "72",
      "id_str" : "1700091500000000009",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700091500000000009",
      "created_at" : "Tue Jan 28 22:18:11 +0000 2025",
      "favorited" : false,
      "full_text" : "@ethan_hernandez21 Thanks for asking! The latest schedule is on our website: https://www.harborpoint.example.org",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700091500000000008",
      "in_reply_to_status_id" : "1700091500000000008",
      "in_reply_to_user_id_str" : "1400172773",
      "in_reply_to_user_id" : "1400172773",
      "in_reply_to_screen_name" : "ethan_hernandez21"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091600000000001"
          ],
          "editableUntil" : "2025-02-04T00:03:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/xZyQ2gclQN",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "75",
              "98"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "40",
      "id_str" : "1700091600000000001",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700091600000000001",
      "created_at" : "Mon Feb 03 23:03:48 +0000 2025",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Oak Grove Rd and Calle Sonora. More: https://t.co/xZyQ2gclQN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091600000000002"
          ],
          "editableUntil" : "2025-02-06T20:43:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "91",
      "id_str" : "1700091600000000002",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700091600000000002",
      "created_at" : "Thu Feb 06 19:43:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091600000000003"
          ],
          "editableUntil" : "2025-02-12T20:12:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/WUltK9Mx9a",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "70",
              "93"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "21",
      "id_str" : "1700091600000000003",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700091600000000003",
      "created_at" : "Wed Feb 12 19:12:42 +0000 2025",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at March Lane and Miner Ave. More: https://t.co/WUltK9Mx9a",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091600000000004"
          ],
          "editableUntil" : "2025-02-14T01:35:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Ql8T5CEMJv",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "12",
      "id_str" : "1700091600000000004",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700091600000000004",
      "created_at" : "Fri Feb 14 00:35:35 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/Ql8T5CEMJv",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091600000000005"
          ],
          "editableUntil" : "2025-02-19T00:50:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/HR2RUy4aFk",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "72",
              "95"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "33",
      "id_str" : "1700091600000000005",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700091600000000005",
      "created_at" : "Tue Feb 18 23:50:52 +0000 2025",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at El Dorado St and Weber Ave. More: https://t.co/HR2RUy4aFk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091600000000006"
          ],
          "editableUntil" : "2025-02-19T20:28:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/c9G19OfvxB",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "86",
              "109"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "55",
      "id_str" : "1700091600000000006",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700091600000000006",
      "created_at" : "Wed Feb 19 19:28:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Miner Ave. Expect low pressure until 5 p.m. More: https://t.co/c9G19OfvxB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091600000000007"
          ],
          "editableUntil" : "2025-02-26T01:40:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/74U5LDlnhU",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "72",
              "95"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "11",
      "id_str" : "1700091600000000007",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700091600000000007",
      "created_at" : "Wed Feb 26 00:40:10 +0000 2025",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Miner Ave and Calle Sonora. More: https://t.co/74U5LDlnhU",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091700000000001"
          ],
          "editableUntil" : "2025-03-07T23:22:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/a5btOK-Lit",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "69",
              "92"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "78",
      "id_str" : "1700091700000000001",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700091700000000001",
      "created_at" : "Fri Mar 07 22:22:06 +0000 2025",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Center St and Weber Ave. More: https://t.co/a5btOK-Lit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091700000000002"
          ],
          "editableUntil" : "2025-03-10T21:25:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/4mYdYMRPxM",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "126",
              "149"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "18",
      "id_str" : "1700091700000000002",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700091700000000002",
      "created_at" : "Mon Mar 10 20:25:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Pothole crews repaired 140 potholes this week, including on Calle Sonora. Report one with the Harbor Point Connect app. More: https://t.co/4mYdYMRPxM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091700000000003"
          ],
          "editableUntil" : "2025-03-17T22:10:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/KuAVY-KXi7",
            "expanded_url" : "https://www.harborpoint.example.org/water",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "87",
              "110"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "58",
      "id_str" : "1700091700000000003",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700091700000000003",
      "created_at" : "Mon Mar 17 21:10:26 +0000 2025",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Harbor Way. Expect low pressure until 5 p.m. More: https://t.co/KuAVY-KXi7",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091700000000004"
          ],
          "editableUntil" : "2025-03-24T18:09:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/HPqPgjQoPT",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "121",
              "144"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "40",
      "id_str" : "1700091700000000004",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700091700000000004",
      "created_at" : "Mon Mar 24 17:09:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Paving on Oak Grove Rd between Center St and Miner Ave starts Friday. Expect lane closures from 7 a.m. to 4 p.m. 🚧 More: https://t.co/HPqPgjQoPT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091700000000005"
          ],
          "editableUntil" : "2025-04-01T00:53:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/d84Dg_r-GK",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
            "indices" : [
              "99",
              "122"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "30",
      "id_str" : "1700091700000000005",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700091700000000005",
      "created_at" : "Mon Mar 31 23:53:43 +0000 2025",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on El Dorado St. Expect low pressure until 5 p.m. (external link) https://t.co/d84Dg_r-GK",
      "lang" : "en"
    }
  }
]
