window.YTD.tweets.part1 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091800000000001"
          ],
          "editableUntil" : "2025-04-07T22:46:59.000Z",
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
            "url" : "https://t.co/4koRVYM9VQ",
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
      "favorite_count" : "10",
      "id_str" : "1700091800000000001",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700091800000000001",
      "created_at" : "Mon Apr 07 21:46:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Pothole crews repaired 140 potholes this week, including on Weber Ave. Report one with the Harbor Point Connect app. More: https://t.co/4koRVYM9VQ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091800000000002"
          ],
          "editableUntil" : "2025-04-14T20:03:04.000Z",
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
            "url" : "https://t.co/hxLngIa3RZ",
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
      "favorite_count" : "47",
      "id_str" : "1700091800000000002",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700091800000000002",
      "created_at" : "Mon Apr 14 19:03:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/hxLngIa3RZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091800000000003"
          ],
          "editableUntil" : "2025-04-17T20:13:55.000Z",
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
            "url" : "https://t.co/PXXDIuOmeB",
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
      "favorite_count" : "44",
      "id_str" : "1700091800000000003",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700091800000000003",
      "created_at" : "Thu Apr 17 19:13:55 +0000 2025",
      "favorited" : false,
      "full_text" : "Paving on Fremont St between El Dorado St and Hammer Lane starts Monday. Expect lane closures from 7 a.m. to 4 p.m. 🚧 More: https://t.co/PXXDIuOmeB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091800000000004"
          ],
          "editableUntil" : "2025-04-18T18:22:17.000Z",
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
            "url" : "https://t.co/aMQUd2HaMB",
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
      "favorite_count" : "19",
      "id_str" : "1700091800000000004",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700091800000000004",
      "created_at" : "Fri Apr 18 17:22:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/aMQUd2HaMB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091800000000005"
          ],
          "editableUntil" : "2025-04-25T20:21:03.000Z",
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
            "url" : "https://t.co/kHjVv525QM",
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
      "favorite_count" : "33",
      "id_str" : "1700091800000000005",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700091800000000005",
      "created_at" : "Fri Apr 25 19:21:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on El Dorado St. Expect low pressure until 5 p.m. More: https://t.co/kHjVv525QM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091800000000006"
          ],
          "editableUntil" : "2025-04-29T21:20:43.000Z",
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
            "url" : "https://t.co/U_9f-ElvBr",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
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
      "favorite_count" : "40",
      "id_str" : "1700091800000000006",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700091800000000006",
      "created_at" : "Tue Apr 29 20:20:43 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. (external link) https://t.co/U_9f-ElvBr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091900000000001"
          ],
          "editableUntil" : "2025-05-07T18:47:41.000Z",
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
      "favorite_count" : "96",
      "id_str" : "1700091900000000001",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700091900000000001",
      "created_at" : "Wed May 07 17:47:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Paving on Pacific Ave between Calle Sonora and Oak Grove Rd starts Friday. Expect lane closures from 7 a.m. to 4 p.m. 🚧",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091900000000002"
          ],
          "editableUntil" : "2025-05-10T01:40:59.000Z",
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
            "url" : "https://t.co/bmkmNEurg-",
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
      "favorite_count" : "32",
      "id_str" : "1700091900000000002",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700091900000000002",
      "created_at" : "Sat May 10 00:40:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Paving on El Dorado St between March Lane and Pacific Ave starts Monday. Expect lane closures from 7 a.m. to 4 p.m. 🚧 More: https://t.co/bmkmNEurg-",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091900000000003"
          ],
          "editableUntil" : "2025-05-13T19:16:25.000Z",
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
            "url" : "https://t.co/8vjPfISw87",
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
      "favorite_count" : "68",
      "id_str" : "1700091900000000003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700091900000000003",
      "created_at" : "Tue May 13 18:16:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/8vjPfISw87",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091900000000004"
          ],
          "editableUntil" : "2025-05-14T15:51:28.000Z",
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
            "url" : "https://t.co/yfcCnmyUgX",
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
      "favorite_count" : "93",
      "id_str" : "1700091900000000004",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700091900000000004",
      "created_at" : "Wed May 14 14:51:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/yfcCnmyUgX",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091900000000005"
          ],
          "editableUntil" : "2025-05-21T00:15:25.000Z",
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
        "66"
      ],
      "favorite_count" : "31",
      "id_str" : "1700091900000000005",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700091900000000005",
      "created_at" : "Tue May 20 23:15:25 +0000 2025",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at March Lane and Calle Sonora.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091900000000006"
          ],
          "editableUntil" : "2025-05-21T19:31:36.000Z",
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
      "favorite_count" : "33",
      "id_str" : "1700091900000000006",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700091900000000006",
      "created_at" : "Wed May 21 18:31:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Pothole crews repaired 140 potholes this week, including on Center St. Report one with the Harbor Point Connect app.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091900000000007"
          ],
          "editableUntil" : "2025-05-28T16:59:43.000Z",
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
            "url" : "https://t.co/Yg7UdKSGEr",
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
      "favorite_count" : "66",
      "id_str" : "1700091900000000007",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700091900000000007",
      "created_at" : "Wed May 28 15:59:43 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/Yg7UdKSGEr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092000000000001"
          ],
          "editableUntil" : "2025-06-09T23:56:21.000Z",
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
      "favorite_count" : "65",
      "id_str" : "1700092000000000001",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700092000000000001",
      "created_at" : "Mon Jun 09 22:56:21 +0000 2025",
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
            "1700092000000000002"
          ],
          "editableUntil" : "2025-06-11T17:51:05.000Z",
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
            "url" : "https://t.co/aGs4saH67Y",
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
      "favorite_count" : "2",
      "id_str" : "1700092000000000002",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700092000000000002",
      "created_at" : "Wed Jun 11 16:51:05 +0000 2025",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Oak Grove Rd and Pacific Ave. More: https://t.co/aGs4saH67Y",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092000000000003"
          ],
          "editableUntil" : "2025-06-16T19:58:06.000Z",
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
            "url" : "https://t.co/8hXotwXbTQ",
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
      "favorite_count" : "66",
      "id_str" : "1700092000000000003",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700092000000000003",
      "created_at" : "Mon Jun 16 18:58:06 +0000 2025",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Calle Sonora and Miner Ave. More: https://t.co/8hXotwXbTQ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092000000000004"
          ],
          "editableUntil" : "2025-06-23T17:41:42.000Z",
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
      "favorite_count" : "92",
      "id_str" : "1700092000000000004",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700092000000000004",
      "created_at" : "Mon Jun 23 16:41:42 +0000 2025",
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
            "1700092000000000005"
          ],
          "editableUntil" : "2025-06-30T19:14:42.000Z",
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
            "url" : "https://t.co/kOJ6aon_18",
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
      "favorite_count" : "73",
      "id_str" : "1700092000000000005",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700092000000000005",
      "created_at" : "Mon Jun 30 18:14:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/kOJ6aon_18",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092090000000001"
          ],
          "editableUntil" : "2025-06-15T17:00:00.000Z",
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
        "95"
      ],
      "favorite_count" : "89",
      "id_str" : "1700092090000000001",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700092090000000001",
      "created_at" : "Sun Jun 15 16:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Weekly city update: what is happening this week. More: https://www.harborpoint.example.org/news",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092100000000001"
          ],
          "editableUntil" : "2025-07-02T18:19:24.000Z",
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
      "favorite_count" : "54",
      "id_str" : "1700092100000000001",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700092100000000001",
      "created_at" : "Wed Jul 02 17:19:24 +0000 2025",
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
            "1700092100000000002"
          ],
          "editableUntil" : "2025-07-03T20:13:08.000Z",
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
            "url" : "https://t.co/M8HyyPT44U",
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
      "favorite_count" : "82",
      "id_str" : "1700092100000000002",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700092100000000002",
      "created_at" : "Thu Jul 03 19:13:08 +0000 2025",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Fremont St. Expect low pressure until 5 p.m. More: https://t.co/M8HyyPT44U",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092100000000003"
          ],
          "editableUntil" : "2025-07-10T23:27:32.000Z",
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
            "url" : "https://t.co/lvvmlJ5O_w",
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
      "favorite_count" : "5",
      "id_str" : "1700092100000000003",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700092100000000003",
      "created_at" : "Thu Jul 10 22:27:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Paving on Pacific Ave between Miner Ave and Center St starts Tuesday. Expect lane closures from 7 a.m. to 4 p.m. 🚧 More: https://t.co/lvvmlJ5O_w",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092100000000004"
          ],
          "editableUntil" : "2025-07-14T17:43:34.000Z",
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
            "url" : "https://t.co/m7QM77SmL4",
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
      "favorite_count" : "1",
      "id_str" : "1700092100000000004",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700092100000000004",
      "created_at" : "Mon Jul 14 16:43:34 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/m7QM77SmL4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092100000000005"
          ],
          "editableUntil" : "2025-07-15T20:13:02.000Z",
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
            "url" : "https://t.co/aqNneKJSBi",
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
      "favorite_count" : "77",
      "id_str" : "1700092100000000005",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700092100000000005",
      "created_at" : "Tue Jul 15 19:13:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Pothole crews repaired 140 potholes this week, including on March Lane. Report one with the Harbor Point Connect app. More: https://t.co/aqNneKJSBi",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092100000000006"
          ],
          "editableUntil" : "2025-07-22T18:05:15.000Z",
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
            "url" : "https://t.co/TNvtT0MX61",
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
      "favorite_count" : "20",
      "id_str" : "1700092100000000006",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700092100000000006",
      "created_at" : "Tue Jul 22 17:05:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Pothole crews repaired 140 potholes this week, including on Oak Grove Rd. Report one with the Harbor Point Connect app. More: https://t.co/TNvtT0MX61",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092100000000007"
          ],
          "editableUntil" : "2025-07-29T01:28:49.000Z",
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
            "url" : "https://t.co/58dRK-BcSV",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
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
      "favorite_count" : "89",
      "id_str" : "1700092100000000007",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700092100000000007",
      "created_at" : "Tue Jul 29 00:28:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. (external link) https://t.co/58dRK-BcSV",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092100000000008"
          ],
          "editableUntil" : "2025-07-31T20:07:08.000Z",
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
            "url" : "https://t.co/sdY92FJK6v",
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
      "favorite_count" : "57",
      "id_str" : "1700092100000000008",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700092100000000008",
      "created_at" : "Thu Jul 31 19:07:08 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/sdY92FJK6v",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092200000000001"
          ],
          "editableUntil" : "2025-08-08T00:00:26.000Z",
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
      "favorite_count" : "82",
      "id_str" : "1700092200000000001",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700092200000000001",
      "created_at" : "Thu Aug 07 23:00:26 +0000 2025",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on El Dorado St. Expect low pressure until 5 p.m.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092200000000002"
          ],
          "editableUntil" : "2025-08-14T01:35:06.000Z",
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
            "url" : "https://t.co/gCtrV1RORy",
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
      "favorite_count" : "55",
      "id_str" : "1700092200000000002",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700092200000000002",
      "created_at" : "Thu Aug 14 00:35:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/gCtrV1RORy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092200000000003"
          ],
          "editableUntil" : "2025-08-21T01:22:08.000Z",
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
            "url" : "https://t.co/tqMK5OLzgS",
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
      "id_str" : "1700092200000000003",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700092200000000003",
      "created_at" : "Thu Aug 21 00:22:08 +0000 2025",
      "favorited" : false,
      "full_text" : "Paving on Hammer Lane between Center St and Miner Ave starts Wednesday. Expect lane closures from 7 a.m. to 4 p.m. 🚧 More: https://t.co/tqMK5OLzgS",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092200000000004"
          ],
          "editableUntil" : "2025-08-21T21:04:24.000Z",
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
            "url" : "https://t.co/kqtmgW97dF",
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
      "favorite_count" : "19",
      "id_str" : "1700092200000000004",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700092200000000004",
      "created_at" : "Thu Aug 21 20:04:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/kqtmgW97dF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092200000000005"
          ],
          "editableUntil" : "2025-08-27T17:43:40.000Z",
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
            "url" : "https://t.co/zMFupidQvq",
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
      "favorite_count" : "93",
      "id_str" : "1700092200000000005",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700092200000000005",
      "created_at" : "Wed Aug 27 16:43:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/zMFupidQvq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092300000000001"
          ],
          "editableUntil" : "2025-09-08T19:03:37.000Z",
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
            "url" : "https://t.co/j51_B5uaWN",
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
      "favorite_count" : "11",
      "id_str" : "1700092300000000001",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700092300000000001",
      "created_at" : "Mon Sep 08 18:03:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/j51_B5uaWN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092300000000002"
          ],
          "editableUntil" : "2025-09-11T18:27:14.000Z",
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
      "favorite_count" : "72",
      "id_str" : "1700092300000000002",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700092300000000002",
      "created_at" : "Thu Sep 11 17:27:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Pothole crews repaired 140 potholes this week, including on Calle Sonora. Report one with the Harbor Point Connect app.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092300000000003"
          ],
          "editableUntil" : "2025-09-18T00:53:53.000Z",
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
            "url" : "https://t.co/gw6v7qhlN8",
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
      "id_str" : "1700092300000000003",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700092300000000003",
      "created_at" : "Wed Sep 17 23:53:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/gw6v7qhlN8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092300000000004"
          ],
          "editableUntil" : "2025-09-24T21:08:27.000Z",
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
            "url" : "https://t.co/1Utn1xE-oB",
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
      "favorite_count" : "45",
      "id_str" : "1700092300000000004",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700092300000000004",
      "created_at" : "Wed Sep 24 20:08:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Paving on El Dorado St between Hammer Lane and Center St starts Thursday. Expect lane closures from 7 a.m. to 4 p.m. 🚧 More: https://t.co/1Utn1xE-oB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092400000000001"
          ],
          "editableUntil" : "2025-10-07T19:25:11.000Z",
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
            "url" : "https://t.co/JJZwJMF7NE",
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
      "favorite_count" : "51",
      "id_str" : "1700092400000000001",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700092400000000001",
      "created_at" : "Tue Oct 07 18:25:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/JJZwJMF7NE",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092400000000002"
          ],
          "editableUntil" : "2025-10-14T23:05:42.000Z",
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
            "url" : "https://t.co/pfoliUpVgF",
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
      "favorite_count" : "86",
      "id_str" : "1700092400000000002",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700092400000000002",
      "created_at" : "Tue Oct 14 22:05:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/pfoliUpVgF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092400000000003"
          ],
          "editableUntil" : "2025-10-21T20:13:32.000Z",
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
            "url" : "https://t.co/dAugqvEe_6",
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
      "favorite_count" : "57",
      "id_str" : "1700092400000000003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700092400000000003",
      "created_at" : "Tue Oct 21 19:13:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Center St. Expect low pressure until 5 p.m. More: https://t.co/dAugqvEe_6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092400000000004"
          ],
          "editableUntil" : "2025-10-22T23:37:38.000Z",
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
      "favorite_count" : "12",
      "id_str" : "1700092400000000004",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700092400000000004",
      "created_at" : "Wed Oct 22 22:37:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Paving on Hammer Lane between Center St and El Dorado St starts Friday. Expect lane closures from 7 a.m. to 4 p.m. 🚧",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092400000000005"
          ],
          "editableUntil" : "2025-10-30T01:56:49.000Z",
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
      "favorite_count" : "20",
      "id_str" : "1700092400000000005",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700092400000000005",
      "created_at" : "Thu Oct 30 00:56:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Calle Sonora. Expect low pressure until 5 p.m.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092500000000001"
          ],
          "editableUntil" : "2025-11-07T23:46:03.000Z",
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
      "favorite_count" : "76",
      "id_str" : "1700092500000000001",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700092500000000001",
      "created_at" : "Fri Nov 07 22:46:03 +0000 2025",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Miner Ave and El Dorado St.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092500000000002"
          ],
          "editableUntil" : "2025-11-14T15:59:58.000Z",
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
            "url" : "https://t.co/0fQeJfPgFQ",
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
      "favorite_count" : "63",
      "id_str" : "1700092500000000002",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700092500000000002",
      "created_at" : "Fri Nov 14 14:59:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/0fQeJfPgFQ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092500000000003"
          ],
          "editableUntil" : "2025-11-21T01:43:44.000Z",
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
            "url" : "https://t.co/93j9EKapIv",
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
      "favorite_count" : "67",
      "id_str" : "1700092500000000003",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700092500000000003",
      "created_at" : "Fri Nov 21 00:43:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Hammer Lane. Expect low pressure until 5 p.m. More: https://t.co/93j9EKapIv",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092500000000004"
          ],
          "editableUntil" : "2025-11-27T20:33:07.000Z",
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
      "favorite_count" : "26",
      "id_str" : "1700092500000000004",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700092500000000004",
      "created_at" : "Thu Nov 27 19:33:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on El Dorado St. Expect low pressure until 5 p.m.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092600000000001"
          ],
          "editableUntil" : "2025-12-01T18:45:49.000Z",
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
        "67"
      ],
      "favorite_count" : "27",
      "id_str" : "1700092600000000001",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700092600000000001",
      "created_at" : "Mon Dec 01 17:45:49 +0000 2025",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Oak Grove Rd and Pacific Ave.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092600000000002"
          ],
          "editableUntil" : "2025-12-08T19:55:32.000Z",
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
            "url" : "https://t.co/ejJXm11Gfy",
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
      "favorite_count" : "68",
      "id_str" : "1700092600000000002",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700092600000000002",
      "created_at" : "Mon Dec 08 18:55:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Pothole crews repaired 140 potholes this week, including on El Dorado St. Report one with the Harbor Point Connect app. More: https://t.co/ejJXm11Gfy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092600000000003"
          ],
          "editableUntil" : "2025-12-10T01:52:41.000Z",
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
      "favorite_count" : "59",
      "id_str" : "1700092600000000003",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700092600000000003",
      "created_at" : "Wed Dec 10 00:52:41 +0000 2025",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Weber Ave and Fremont St.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092600000000004"
          ],
          "editableUntil" : "2025-12-12T02:56:52.000Z",
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
      "favorite_count" : "44",
      "id_str" : "1700092600000000004",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700092600000000004",
      "created_at" : "Fri Dec 12 01:56:52 +0000 2025",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Harbor Way. Expect low pressure until 5 p.m.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092600000000005"
          ],
          "editableUntil" : "2025-12-12T17:13:52.000Z",
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
        "67"
      ],
      "favorite_count" : "23",
      "id_str" : "1700092600000000005",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700092600000000005",
      "created_at" : "Fri Dec 12 16:13:52 +0000 2025",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Hammer Lane and El Dorado St.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092600000000006"
          ],
          "editableUntil" : "2025-12-19T19:27:53.000Z",
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
      "favorite_count" : "53",
      "id_str" : "1700092600000000006",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700092600000000006",
      "created_at" : "Fri Dec 19 18:27:53 +0000 2025",
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
            "1700092600000000007"
          ],
          "editableUntil" : "2025-12-24T20:18:15.000Z",
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
            "url" : "https://t.co/G-2-XtkNOx",
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
      "favorite_count" : "69",
      "id_str" : "1700092600000000007",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700092600000000007",
      "created_at" : "Wed Dec 24 19:18:15 +0000 2025",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Pacific Ave and El Dorado St. More: https://t.co/G-2-XtkNOx",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092600000000008"
          ],
          "editableUntil" : "2026-01-01T02:27:34.000Z",
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
            "url" : "https://t.co/uVVKSQ_W6L",
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
      "id_str" : "1700092600000000008",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700092600000000008",
      "created_at" : "Thu Jan 01 01:27:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/uVVKSQ_W6L",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092700000000001"
          ],
          "editableUntil" : "2026-01-07T18:40:56.000Z",
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
      "favorite_count" : "50",
      "id_str" : "1700092700000000001",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700092700000000001",
      "created_at" : "Wed Jan 07 17:40:56 +0000 2026",
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
            "1700092700000000002"
          ],
          "editableUntil" : "2026-01-14T16:35:14.000Z",
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
      "favorite_count" : "9",
      "id_str" : "1700092700000000002",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700092700000000002",
      "created_at" : "Wed Jan 14 15:35:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Pothole crews repaired 140 potholes this week, including on Miner Ave. Report one with the Harbor Point Connect app.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092700000000003"
          ],
          "editableUntil" : "2026-01-16T02:35:06.000Z",
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
            "url" : "https://t.co/lLEWzErA3R",
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
      "favorite_count" : "31",
      "id_str" : "1700092700000000003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700092700000000003",
      "created_at" : "Fri Jan 16 01:35:06 +0000 2026",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/lLEWzErA3R",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092700000000004"
          ],
          "editableUntil" : "2026-01-20T19:01:39.000Z",
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
            "url" : "https://t.co/uQiJ1p-bQa",
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
      "favorite_count" : "84",
      "id_str" : "1700092700000000004",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700092700000000004",
      "created_at" : "Tue Jan 20 18:01:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/uQiJ1p-bQa",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092700000000005"
          ],
          "editableUntil" : "2026-01-23T02:03:52.000Z",
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
            "url" : "https://t.co/nyy0ily_Gq",
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
      "favorite_count" : "58",
      "id_str" : "1700092700000000005",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700092700000000005",
      "created_at" : "Fri Jan 23 01:03:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Pothole crews repaired 140 potholes this week, including on El Dorado St. Report one with the Harbor Point Connect app. More: https://t.co/nyy0ily_Gq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092700000000006"
          ],
          "editableUntil" : "2026-01-24T02:01:12.000Z",
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
            "url" : "https://t.co/4C1m5970o3",
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
      "favorite_count" : "29",
      "id_str" : "1700092700000000006",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700092700000000006",
      "created_at" : "Sat Jan 24 01:01:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Weber Ave. Expect low pressure until 5 p.m. More: https://t.co/4C1m5970o3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092700000000007"
          ],
          "editableUntil" : "2026-01-31T00:59:44.000Z",
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
            "url" : "https://t.co/PdMu3_hwVj",
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
      "favorite_count" : "26",
      "id_str" : "1700092700000000007",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700092700000000007",
      "created_at" : "Fri Jan 30 23:59:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Calle Sonora. Expect low pressure until 5 p.m. More: https://t.co/PdMu3_hwVj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092800000000001"
          ],
          "editableUntil" : "2026-02-09T16:41:21.000Z",
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
            "url" : "https://t.co/i4knhMa5_E",
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
      "favorite_count" : "70",
      "id_str" : "1700092800000000001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700092800000000001",
      "created_at" : "Mon Feb 09 15:41:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Center St. Expect low pressure until 5 p.m. More: https://t.co/i4knhMa5_E",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092800000000002"
          ],
          "editableUntil" : "2026-02-16T20:05:38.000Z",
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
            "url" : "https://t.co/swJyRopZE8",
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
      "favorite_count" : "42",
      "id_str" : "1700092800000000002",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700092800000000002",
      "created_at" : "Mon Feb 16 19:05:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Calle Sonora. Expect low pressure until 5 p.m. (external link) https://t.co/swJyRopZE8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092800000000003"
          ],
          "editableUntil" : "2026-02-23T19:46:47.000Z",
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
            "url" : "https://t.co/GoE4N3rXfM",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
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
      "favorite_count" : "90",
      "id_str" : "1700092800000000003",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700092800000000003",
      "created_at" : "Mon Feb 23 18:46:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. (external link) https://t.co/GoE4N3rXfM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092800000000004"
          ],
          "editableUntil" : "2026-02-27T17:13:45.000Z",
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
        "64"
      ],
      "favorite_count" : "32",
      "id_str" : "1700092800000000004",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700092800000000004",
      "created_at" : "Fri Feb 27 16:13:45 +0000 2026",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Hammer Lane and Weber Ave.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092800000000008"
          ],
          "editableUntil" : "2026-02-23T23:37:50.000Z",
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
            "name" : "Marcus Davis",
            "screen_name" : "marcus_davis1",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1400008055",
            "id" : "1400008055"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "85",
      "id_str" : "1700092800000000008",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700092800000000008",
      "created_at" : "Mon Feb 23 22:37:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@marcus_davis1 Thanks for letting us know. We have shared this with the department.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700092800000000007",
      "in_reply_to_status_id" : "1700092800000000007",
      "in_reply_to_user_id_str" : "1400008055",
      "in_reply_to_user_id" : "1400008055",
      "in_reply_to_screen_name" : "marcus_davis1"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092900000000001"
          ],
          "editableUntil" : "2026-03-03T21:19:32.000Z",
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
            "url" : "https://t.co/Q1WDU_tg7k",
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
      "favorite_count" : "96",
      "id_str" : "1700092900000000001",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700092900000000001",
      "created_at" : "Tue Mar 03 20:19:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Hammer Lane. Expect low pressure until 5 p.m. More: https://t.co/Q1WDU_tg7k",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092900000000002"
          ],
          "editableUntil" : "2026-03-10T23:13:28.000Z",
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
            "url" : "https://t.co/tGYgBuTJeY",
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
      "favorite_count" : "91",
      "id_str" : "1700092900000000002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700092900000000002",
      "created_at" : "Tue Mar 10 22:13:28 +0000 2026",
      "favorited" : false,
      "full_text" : "Pothole crews repaired 140 potholes this week, including on El Dorado St. Report one with the Harbor Point Connect app. More: https://t.co/tGYgBuTJeY",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092900000000003"
          ],
          "editableUntil" : "2026-03-12T18:40:18.000Z",
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
            "url" : "https://t.co/Vsrq7EZazA",
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
      "favorite_count" : "30",
      "id_str" : "1700092900000000003",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700092900000000003",
      "created_at" : "Thu Mar 12 17:40:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Calle Sonora. Expect low pressure until 5 p.m. More: https://t.co/Vsrq7EZazA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092900000000004"
          ],
          "editableUntil" : "2026-03-19T22:17:02.000Z",
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
            "url" : "https://t.co/dkYLPUCjOD",
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
      "favorite_count" : "27",
      "id_str" : "1700092900000000004",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700092900000000004",
      "created_at" : "Thu Mar 19 21:17:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Miner Ave. Expect low pressure until 5 p.m. More: https://t.co/dkYLPUCjOD",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092900000000005"
          ],
          "editableUntil" : "2026-03-24T21:56:08.000Z",
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
        "64"
      ],
      "favorite_count" : "85",
      "id_str" : "1700092900000000005",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700092900000000005",
      "created_at" : "Tue Mar 24 20:56:08 +0000 2026",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Center St and Pacific Ave.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700092900000000006"
          ],
          "editableUntil" : "2026-03-26T16:36:46.000Z",
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
            "url" : "https://t.co/uPVxEICwPW",
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
      "favorite_count" : "90",
      "id_str" : "1700092900000000006",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700092900000000006",
      "created_at" : "Thu Mar 26 15:36:46 +0000 2026",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/uPVxEICwPW",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093000000000001"
          ],
          "editableUntil" : "2026-04-07T18:00:13.000Z",
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
            "url" : "https://t.co/3lh57PxXqi",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
            "indices" : [
              "136",
              "159"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "60",
      "id_str" : "1700093000000000001",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700093000000000001",
      "created_at" : "Tue Apr 07 17:00:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Paving on Pacific Ave between Calle Sonora and March Lane starts Thursday. Expect lane closures from 7 a.m. to 4 p.m. 🚧 (external link) https://t.co/3lh57PxXqi",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093000000000002"
          ],
          "editableUntil" : "2026-04-14T23:52:34.000Z",
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
            "url" : "https://t.co/sM3NFd7loF",
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
      "favorite_count" : "96",
      "id_str" : "1700093000000000002",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700093000000000002",
      "created_at" : "Tue Apr 14 22:52:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Pacific Ave. Expect low pressure until 5 p.m. More: https://t.co/sM3NFd7loF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093000000000003"
          ],
          "editableUntil" : "2026-04-22T01:38:33.000Z",
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
      "favorite_count" : "72",
      "id_str" : "1700093000000000003",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700093000000000003",
      "created_at" : "Wed Apr 22 00:38:33 +0000 2026",
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
            "1700093000000000004"
          ],
          "editableUntil" : "2026-04-28T17:53:17.000Z",
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
            "url" : "https://t.co/2HyU15tQBn",
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
      "favorite_count" : "5",
      "id_str" : "1700093000000000004",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700093000000000004",
      "created_at" : "Tue Apr 28 16:53:17 +0000 2026",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Harbor Way and Weber Ave. More: https://t.co/2HyU15tQBn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093100000000001"
          ],
          "editableUntil" : "2026-05-01T18:04:20.000Z",
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
            "url" : "https://t.co/3kWi0dNMQS",
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
      "favorite_count" : "52",
      "id_str" : "1700093100000000001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700093100000000001",
      "created_at" : "Fri May 01 17:04:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Weber Ave. Expect low pressure until 5 p.m. More: https://t.co/3kWi0dNMQS",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093100000000002"
          ],
          "editableUntil" : "2026-05-05T20:20:37.000Z",
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
            "url" : "https://t.co/a7wevfsXdy",
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
      "id_str" : "1700093100000000002",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700093100000000002",
      "created_at" : "Tue May 05 19:20:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/a7wevfsXdy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093100000000003"
          ],
          "editableUntil" : "2026-05-12T21:25:39.000Z",
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
      "favorite_count" : "69",
      "id_str" : "1700093100000000003",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700093100000000003",
      "created_at" : "Tue May 12 20:25:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Paving on Fremont St between Miner Ave and Harbor Way starts Wednesday. Expect lane closures from 7 a.m. to 4 p.m. 🚧",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093100000000004"
          ],
          "editableUntil" : "2026-05-14T01:30:26.000Z",
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
            "url" : "https://t.co/o563Ndh_1p",
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
      "favorite_count" : "93",
      "id_str" : "1700093100000000004",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700093100000000004",
      "created_at" : "Thu May 14 00:30:26 +0000 2026",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at El Dorado St and Pacific Ave. More: https://t.co/o563Ndh_1p",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093100000000006"
          ],
          "editableUntil" : "2026-05-21T17:43:08.000Z",
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
            "url" : "https://t.co/dVAYHCJeWJ",
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
      "favorite_count" : "91",
      "id_str" : "1700093100000000006",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700093100000000006",
      "created_at" : "Thu May 21 16:43:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Paving on Oak Grove Rd between Miner Ave and Weber Ave starts Tuesday. Expect lane closures from 7 a.m. to 4 p.m. 🚧 More: https://t.co/dVAYHCJeWJ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093100000000007"
          ],
          "editableUntil" : "2026-05-25T19:19:31.000Z",
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
            "url" : "https://t.co/z9US-KMvbG",
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
      "favorite_count" : "56",
      "id_str" : "1700093100000000007",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700093100000000007",
      "created_at" : "Mon May 25 18:19:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Pothole crews repaired 140 potholes this week, including on Harbor Way. Report one with the Harbor Point Connect app. More: https://t.co/z9US-KMvbG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093100000000008"
          ],
          "editableUntil" : "2026-05-28T20:35:21.000Z",
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
            "url" : "https://t.co/lwkYhXmybZ",
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
      "favorite_count" : "57",
      "id_str" : "1700093100000000008",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700093100000000008",
      "created_at" : "Thu May 28 19:35:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Calle Sonora. Expect low pressure until 5 p.m. More: https://t.co/lwkYhXmybZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093100000000014"
          ],
          "editableUntil" : "2026-06-01T20:19:24.000Z",
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
            "name" : "Kai Jones",
            "screen_name" : "kai_jones120",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1400957741",
            "id" : "1400957741"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "1",
      "id_str" : "1700093100000000014",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700093100000000014",
      "created_at" : "Mon Jun 01 19:19:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@kai_jones120 Yes, it will be open. Details are at https://www.harborpoint.example.org/events",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700093100000000013",
      "in_reply_to_status_id" : "1700093100000000013",
      "in_reply_to_user_id_str" : "1400957741",
      "in_reply_to_user_id" : "1400957741",
      "in_reply_to_screen_name" : "kai_jones120"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093200000000001"
          ],
          "editableUntil" : "2026-06-08T23:15:29.000Z",
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
            "url" : "https://t.co/ws1OEzfnDi",
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
      "favorite_count" : "30",
      "id_str" : "1700093200000000001",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700093200000000001",
      "created_at" : "Mon Jun 08 22:15:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/ws1OEzfnDi",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093200000000002"
          ],
          "editableUntil" : "2026-06-09T16:06:30.000Z",
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
            "url" : "https://t.co/2gSFC71UmB",
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
      "favorite_count" : "6",
      "id_str" : "1700093200000000002",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700093200000000002",
      "created_at" : "Tue Jun 09 15:06:30 +0000 2026",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Hammer Lane and El Dorado St. More: https://t.co/2gSFC71UmB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093200000000003"
          ],
          "editableUntil" : "2026-06-11T20:10:36.000Z",
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
            "url" : "https://t.co/q9gkE3sDLK",
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
      "favorite_count" : "10",
      "id_str" : "1700093200000000003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700093200000000003",
      "created_at" : "Thu Jun 11 19:10:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/q9gkE3sDLK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093200000000004"
          ],
          "editableUntil" : "2026-06-18T22:58:18.000Z",
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
            "url" : "https://t.co/0FJjLjSE4A",
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
      "favorite_count" : "44",
      "id_str" : "1700093200000000004",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700093200000000004",
      "created_at" : "Thu Jun 18 21:58:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/0FJjLjSE4A",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093200000000005"
          ],
          "editableUntil" : "2026-06-25T17:03:57.000Z",
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
            "url" : "https://t.co/VkKIVA6HTe",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
            "indices" : [
              "133",
              "156"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "156"
      ],
      "favorite_count" : "96",
      "id_str" : "1700093200000000005",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700093200000000005",
      "created_at" : "Thu Jun 25 16:03:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Paving on Weber Ave between Harbor Way and March Lane starts Wednesday. Expect lane closures from 7 a.m. to 4 p.m. 🚧 (external link) https://t.co/VkKIVA6HTe",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093300000000001"
          ],
          "editableUntil" : "2026-07-08T01:07:54.000Z",
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
            "url" : "https://t.co/3yzmLCNoYQ",
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
      "favorite_count" : "96",
      "id_str" : "1700093300000000001",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700093300000000001",
      "created_at" : "Wed Jul 08 00:07:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on El Dorado St. Expect low pressure until 5 p.m. More: https://t.co/3yzmLCNoYQ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093300000000002"
          ],
          "editableUntil" : "2026-07-15T00:32:47.000Z",
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
            "url" : "https://t.co/hzq3A7l1AN",
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
      "favorite_count" : "11",
      "id_str" : "1700093300000000002",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700093300000000002",
      "created_at" : "Tue Jul 14 23:32:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Oak Grove Rd. Expect low pressure until 5 p.m. More: https://t.co/hzq3A7l1AN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093300000000003"
          ],
          "editableUntil" : "2026-07-21T00:55:36.000Z",
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
            "url" : "https://t.co/jEJkPzO7rc",
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
      "favorite_count" : "12",
      "id_str" : "1700093300000000003",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700093300000000003",
      "created_at" : "Mon Jul 20 23:55:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Pothole crews repaired 140 potholes this week, including on Fremont St. Report one with the Harbor Point Connect app. More: https://t.co/jEJkPzO7rc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093300000000004"
          ],
          "editableUntil" : "2026-07-27T21:34:06.000Z",
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
            "url" : "https://t.co/TRiK3pi4Ou",
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
      "id_str" : "1700093300000000004",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700093300000000004",
      "created_at" : "Mon Jul 27 20:34:06 +0000 2026",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at March Lane and Pacific Ave. More: https://t.co/TRiK3pi4Ou",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093390000000001"
          ],
          "editableUntil" : "2026-07-22T17:40:00.000Z",
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
        "51"
      ],
      "favorite_count" : "38",
      "id_str" : "1700093390000000001",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700093390000000001",
      "created_at" : "Wed Jul 22 16:40:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Street sweeping resumes on the east side next week.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093390000000002"
          ],
          "editableUntil" : "2026-07-06T17:00:00.000Z",
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
        "117"
      ],
      "favorite_count" : "85",
      "id_str" : "1700093390000000002",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700093390000000002",
      "created_at" : "Mon Jul 06 16:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Paving on Miner Ave between El Dorado St and Center St starts Monday. More: https://www.harborpoint.example.org/roads",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093400000000001"
          ],
          "editableUntil" : "2026-08-04T01:18:38.000Z",
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
            "url" : "https://t.co/1bGhl2mvmz",
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
      "favorite_count" : "56",
      "id_str" : "1700093400000000001",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700093400000000001",
      "created_at" : "Tue Aug 04 00:18:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on El Dorado St. Expect low pressure until 5 p.m. More: https://t.co/1bGhl2mvmz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093400000000002"
          ],
          "editableUntil" : "2026-08-10T17:41:20.000Z",
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
            "url" : "https://t.co/e8k3ECveQP",
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
      "favorite_count" : "61",
      "id_str" : "1700093400000000002",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700093400000000002",
      "created_at" : "Mon Aug 10 16:41:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/e8k3ECveQP",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093400000000003"
          ],
          "editableUntil" : "2026-08-17T20:46:09.000Z",
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
      "favorite_count" : "89",
      "id_str" : "1700093400000000003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700093400000000003",
      "created_at" : "Mon Aug 17 19:46:09 +0000 2026",
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
            "1700093400000000004"
          ],
          "editableUntil" : "2026-08-24T20:04:29.000Z",
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
            "url" : "https://t.co/t7r9pt-8fR",
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
      "favorite_count" : "33",
      "id_str" : "1700093400000000004",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700093400000000004",
      "created_at" : "Mon Aug 24 19:04:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on El Dorado St. Expect low pressure until 5 p.m. More: https://t.co/t7r9pt-8fR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093400000000005"
          ],
          "editableUntil" : "2026-08-29T00:10:00.000Z",
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
            "url" : "https://t.co/JzNrBKNOdS",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
            "indices" : [
              "97",
              "120"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "21",
      "id_str" : "1700093400000000005",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700093400000000005",
      "created_at" : "Fri Aug 28 23:10:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Fremont St. Expect low pressure until 5 p.m. (external link) https://t.co/JzNrBKNOdS",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093490000000001"
          ],
          "editableUntil" : "2026-08-26T18:00:00.000Z",
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
            "url" : "https://t.co/0fGpHHcyZG",
            "expanded_url" : "https://www.harborpoint.example.org/roads",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "24",
              "47"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "41",
      "id_str" : "1700093490000000001",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700093490000000001",
      "created_at" : "Wed Aug 26 17:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Report potholes online: https://t.co/0fGpHHcyZG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093490000000002"
          ],
          "editableUntil" : "2026-08-03T16:45:00.000Z",
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
        "89"
      ],
      "favorite_count" : "44",
      "id_str" : "1700093490000000002",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700093490000000002",
      "created_at" : "Mon Aug 03 15:45:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Night paving on Miner Ave starts tonight. More: https://www.harborpoint.example.org/roads",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093500000000001"
          ],
          "editableUntil" : "2026-09-07T15:58:05.000Z",
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
            "url" : "https://t.co/SnrcTGgZvo",
            "expanded_url" : "https://www.valleytransit.example.com/routes",
            "display_url" : "www.valleytransit.example…",
            "indices" : [
              "81",
              "104"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "84",
      "id_str" : "1700093500000000001",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700093500000000001",
      "created_at" : "Mon Sep 07 14:58:05 +0000 2026",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Weber Ave and Pacific Ave. (external link) https://t.co/SnrcTGgZvo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093500000000002"
          ],
          "editableUntil" : "2026-09-09T21:07:26.000Z",
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
            "url" : "https://t.co/4nDYappH4c",
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
      "favorite_count" : "43",
      "id_str" : "1700093500000000002",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700093500000000002",
      "created_at" : "Wed Sep 09 20:07:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Pothole crews repaired 140 potholes this week, including on Harbor Way. Report one with the Harbor Point Connect app. More: https://t.co/4nDYappH4c",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093500000000003"
          ],
          "editableUntil" : "2026-09-16T20:17:06.000Z",
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
            "url" : "https://t.co/2PMMTUmTfp",
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
      "favorite_count" : "18",
      "id_str" : "1700093500000000003",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700093500000000003",
      "created_at" : "Wed Sep 16 19:17:06 +0000 2026",
      "favorited" : false,
      "full_text" : "New crosswalk signals are going in at Oak Grove Rd and Harbor Way. More: https://t.co/2PMMTUmTfp",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093500000000004"
          ],
          "editableUntil" : "2026-09-17T20:00:44.000Z",
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
            "url" : "https://t.co/K6o8GjK7Rn",
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
      "favorite_count" : "63",
      "id_str" : "1700093500000000004",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700093500000000004",
      "created_at" : "Thu Sep 17 19:00:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Calle Sonora. Expect low pressure until 5 p.m. (external link) https://t.co/K6o8GjK7Rn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093500000000005"
          ],
          "editableUntil" : "2026-09-23T22:27:03.000Z",
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
      "favorite_count" : "7",
      "id_str" : "1700093500000000005",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700093500000000005",
      "created_at" : "Wed Sep 23 21:27:03 +0000 2026",
      "favorited" : false,
      "full_text" : "Pothole crews repaired 140 potholes this week, including on Oak Grove Rd. Report one with the Harbor Point Connect app.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093500000000006"
          ],
          "editableUntil" : "2026-09-30T16:36:06.000Z",
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
            "url" : "https://t.co/arykzufP-9",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
            "indices" : [
              "134",
              "157"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "85",
      "id_str" : "1700093500000000006",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700093500000000006",
      "created_at" : "Wed Sep 30 15:36:06 +0000 2026",
      "favorited" : false,
      "full_text" : "Paving on Weber Ave between Fremont St and El Dorado St starts Thursday. Expect lane closures from 7 a.m. to 4 p.m. 🚧 (external link) https://t.co/arykzufP-9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093590000000001"
          ],
          "editableUntil" : "2026-09-15T19:00:00.000Z",
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
            "url" : "https://t.co/oi6ExtM-bQ",
            "expanded_url" : "https://dot.example.com/d10-closures",
            "display_url" : "dot.example.com/d10-closu…",
            "indices" : [
              "34",
              "57"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "32",
      "id_str" : "1700093590000000001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700093590000000001",
      "created_at" : "Tue Sep 15 18:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Caltrans lane closures this week: https://t.co/oi6ExtM-bQ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093590000000002"
          ],
          "editableUntil" : "2026-09-11T17:00:00.000Z",
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
        "106"
      ],
      "favorite_count" : "86",
      "id_str" : "1700093590000000002",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700093590000000002",
      "created_at" : "Fri Sep 11 16:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repainting lane lines on Hammer Lane this month. More: https://www.harborpoint.example.org/roads",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700093590000000004"
          ],
          "editableUntil" : "2026-09-14T17:30:00.000Z",
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
            "name" : "Liam da Silva",
            "screen_name" : "liam_dasilva23",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1400189106",
            "id" : "1400189106"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "13",
      "id_str" : "1700093590000000004",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700093590000000004",
      "created_at" : "Mon Sep 14 16:30:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@liam_dasilva23 Yes, from 9 p.m. to 5 a.m. on weeknights.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700093590000000003",
      "in_reply_to_status_id" : "1700093590000000003",
      "in_reply_to_user_id_str" : "1400189106",
      "in_reply_to_user_id" : "1400189106",
      "in_reply_to_screen_name" : "liam_dasilva23"
    }
  }
]
