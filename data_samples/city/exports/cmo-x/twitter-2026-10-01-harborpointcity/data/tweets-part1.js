window.YTD.tweets.part1 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021800000000001"
          ],
          "editableUntil" : "2025-04-01T22:00:03.000Z",
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
            "url" : "https://t.co/TTudS9uz1p",
            "expanded_url" : "https://www.harborpoint.example.org/permits",
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
      "favorite_count" : "44",
      "id_str" : "1700021800000000001",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700021800000000001",
      "created_at" : "Tue Apr 01 21:00:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Building an ADU: our guide walks you through the permit steps. More: https://t.co/TTudS9uz1p",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021800000000002"
          ],
          "editableUntil" : "2025-04-02T19:44:39.000Z",
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
            "url" : "https://t.co/oGKUU5UFN0",
            "expanded_url" : "https://www.harborpoint.example.org/events",
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
      "favorite_count" : "53",
      "id_str" : "1700021800000000002",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700021800000000002",
      "created_at" : "Wed Apr 02 18:44:39 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Weberstown Mall. More: https://t.co/oGKUU5UFN0",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021800000000003"
          ],
          "editableUntil" : "2025-04-10T01:57:45.000Z",
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
            "url" : "https://t.co/6scyPayiT6",
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
      "favorite_count" : "30",
      "id_str" : "1700021800000000003",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700021800000000003",
      "created_at" : "Thu Apr 10 00:57:45 +0000 2025",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Miner Ave. Expect low pressure until 5 p.m. More: https://t.co/6scyPayiT6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021800000000004"
          ],
          "editableUntil" : "2025-04-12T01:36:00.000Z",
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
            "url" : "https://t.co/6c4hWANp1S",
            "expanded_url" : "https://www.sjcog.example.com/regional-plan",
            "display_url" : "www.sjcog.example.com/reg…",
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
      "id_str" : "1700021800000000004",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700021800000000004",
      "created_at" : "Sat Apr 12 00:36:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Solar permits are now issued the same day for standard rooftop systems. (external link) https://t.co/6c4hWANp1S",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021800000000005"
          ],
          "editableUntil" : "2025-04-18T17:37:46.000Z",
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
            "url" : "https://t.co/dOXTRBTM0B",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
            "indices" : [
              "93",
              "116"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "77",
      "id_str" : "1700021800000000005",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700021800000000005",
      "created_at" : "Fri Apr 18 16:37:46 +0000 2025",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Saturday at Oak Grove Regional Park. (external link) https://t.co/dOXTRBTM0B",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021800000000006"
          ],
          "editableUntil" : "2025-04-21T17:29:56.000Z",
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
            "url" : "https://t.co/f0nzfm00Xh",
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
      "id_str" : "1700021800000000006",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700021800000000006",
      "created_at" : "Mon Apr 21 16:29:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/f0nzfm00Xh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021800000000007"
          ],
          "editableUntil" : "2025-04-23T23:16:20.000Z",
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
      "favorite_count" : "91",
      "id_str" : "1700021800000000007",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700021800000000007",
      "created_at" : "Wed Apr 23 22:16:20 +0000 2025",
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
            "1700021800000000008"
          ],
          "editableUntil" : "2025-04-24T22:00:12.000Z",
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
        "62"
      ],
      "favorite_count" : "21",
      "id_str" : "1700021800000000008",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700021800000000008",
      "created_at" : "Thu Apr 24 21:00:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Building an ADU: our guide walks you through the permit steps.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021900000000001"
          ],
          "editableUntil" : "2025-05-02T22:09:45.000Z",
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
            "url" : "https://t.co/wn4FfmvaSh",
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
      "id_str" : "1700021900000000001",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700021900000000001",
      "created_at" : "Fri May 02 21:09:45 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/wn4FfmvaSh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021900000000002"
          ],
          "editableUntil" : "2025-05-06T17:14:33.000Z",
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
            "url" : "https://t.co/4RKHCPpRwh",
            "expanded_url" : "https://www.harborpoint.example.org/events",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "85",
              "108"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "81",
      "id_str" : "1700021900000000002",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700021900000000002",
      "created_at" : "Tue May 06 16:14:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Café Lumière on Pacific Ave. More: https://t.co/4RKHCPpRwh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021900000000003"
          ],
          "editableUntil" : "2025-05-13T19:56:28.000Z",
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
            "url" : "https://t.co/tc3xzlqBaM",
            "expanded_url" : "https://www.harborpoint.example.org/events",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "79",
              "102"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "58",
      "id_str" : "1700021900000000003",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700021900000000003",
      "created_at" : "Tue May 13 18:56:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to McKinley Park! Gates open at 6 p.m. 🎉 More: https://t.co/tc3xzlqBaM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021900000000004"
          ],
          "editableUntil" : "2025-05-19T20:26:41.000Z",
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
            "url" : "https://t.co/KTbtz9COCJ",
            "expanded_url" : "https://www.harborpoint.example.org/council",
            "display_url" : "www.harborpoint.example.o…",
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
      "favorite_count" : "56",
      "id_str" : "1700021900000000004",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700021900000000004",
      "created_at" : "Mon May 19 19:26:41 +0000 2025",
      "favorited" : false,
      "full_text" : "The City Council meets Saturday at 5:30 p.m. Agenda items include the downtown parking ordinance and the McKinley Park master plan. More: https://t.co/KTbtz9COCJ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021900000000005"
          ],
          "editableUntil" : "2025-05-23T16:57:28.000Z",
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
            "url" : "https://t.co/2F8k8ee_Hy",
            "expanded_url" : "https://www.harborpoint.example.org/events",
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
      "favorite_count" : "61",
      "id_str" : "1700021900000000005",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700021900000000005",
      "created_at" : "Fri May 23 15:57:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at City Hall Plaza. More: https://t.co/2F8k8ee_Hy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021900000000006"
          ],
          "editableUntil" : "2025-05-30T00:07:13.000Z",
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
            "url" : "https://t.co/G6Kb4THrUc",
            "expanded_url" : "https://www.harborpoint.example.org/permits",
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
      "favorite_count" : "66",
      "id_str" : "1700021900000000006",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700021900000000006",
      "created_at" : "Thu May 29 23:07:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Building an ADU: our guide walks you through the permit steps. More: https://t.co/G6Kb4THrUc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022000000000001"
          ],
          "editableUntil" : "2025-06-09T16:38:15.000Z",
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
        "75"
      ],
      "favorite_count" : "28",
      "id_str" : "1700022000000000001",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700022000000000001",
      "created_at" : "Mon Jun 09 15:38:15 +0000 2025",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Tuesday at Oak Grove Regional Park.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022000000000002"
          ],
          "editableUntil" : "2025-06-16T17:17:54.000Z",
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
            "url" : "https://t.co/bgtV7UYgMh",
            "expanded_url" : "https://www.harborpoint.example.org/permits",
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
      "favorite_count" : "15",
      "id_str" : "1700022000000000002",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700022000000000002",
      "created_at" : "Mon Jun 16 16:17:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Building an ADU: our guide walks you through the permit steps. More: https://t.co/bgtV7UYgMh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022000000000003"
          ],
          "editableUntil" : "2025-06-19T01:18:11.000Z",
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
        "109"
      ],
      "favorite_count" : "37",
      "id_str" : "1700022000000000003",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700022000000000003",
      "created_at" : "Thu Jun 19 00:18:11 +0000 2025",
      "favorited" : false,
      "full_text" : "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits can be applied for online.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022000000000004"
          ],
          "editableUntil" : "2025-06-19T18:47:10.000Z",
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
            "url" : "https://t.co/wuD510uwfx",
            "expanded_url" : "https://www.harborpoint.example.org/council",
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
      "favorite_count" : "88",
      "id_str" : "1700022000000000004",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700022000000000004",
      "created_at" : "Thu Jun 19 17:47:10 +0000 2025",
      "favorited" : false,
      "full_text" : "The Planning Commission will hold a hearing on the Harbor Way rezoning on Tuesday. More: https://t.co/wuD510uwfx",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022000000000005"
          ],
          "editableUntil" : "2025-06-25T20:13:10.000Z",
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
            "url" : "https://t.co/NtsasMa69P",
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
      "favorite_count" : "38",
      "id_str" : "1700022000000000005",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700022000000000005",
      "created_at" : "Wed Jun 25 19:13:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Calle Sonora. Expect low pressure until 5 p.m. More: https://t.co/NtsasMa69P",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022000000000006"
          ],
          "editableUntil" : "2025-06-26T19:06:38.000Z",
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
            "url" : "https://t.co/EBCsogNI3E",
            "expanded_url" : "https://www.harborpoint.example.org/events",
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
      "favorite_count" : "94",
      "id_str" : "1700022000000000006",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700022000000000006",
      "created_at" : "Thu Jun 26 18:06:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Señor Frog Taquería parking lot. More: https://t.co/EBCsogNI3E",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022100000000001"
          ],
          "editableUntil" : "2025-07-01T22:35:12.000Z",
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
            "url" : "https://t.co/R4kBiuag_D",
            "expanded_url" : "https://www.harborpoint.example.org/events",
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
      "favorite_count" : "76",
      "id_str" : "1700022100000000001",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700022100000000001",
      "created_at" : "Tue Jul 01 21:35:12 +0000 2025",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Saturday at Victory Park. More: https://t.co/R4kBiuag_D",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022100000000002"
          ],
          "editableUntil" : "2025-07-04T21:23:57.000Z",
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
            "url" : "https://t.co/BcywJSKCLq",
            "expanded_url" : "https://www.harborpoint.example.org/events",
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
      "favorite_count" : "76",
      "id_str" : "1700022100000000002",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700022100000000002",
      "created_at" : "Fri Jul 04 20:23:57 +0000 2025",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Thursday at Louis Park. More: https://t.co/BcywJSKCLq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022100000000003"
          ],
          "editableUntil" : "2025-07-04T23:21:18.000Z",
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
            "url" : "https://t.co/fLvCveChB7",
            "expanded_url" : "https://www.harborpoint.example.org/events",
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
      "id_str" : "1700022100000000003",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700022100000000003",
      "created_at" : "Fri Jul 04 22:21:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Louis Park! Gates open at 6 p.m. 🎉 More: https://t.co/fLvCveChB7",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022100000000004"
          ],
          "editableUntil" : "2025-07-08T23:20:16.000Z",
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
            "url" : "https://t.co/WQzMJ7Cb5r",
            "expanded_url" : "https://www.harborpoint.example.org/permits",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "116",
              "139"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "18",
      "id_str" : "1700022100000000004",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700022100000000004",
      "created_at" : "Tue Jul 08 22:20:16 +0000 2025",
      "favorited" : false,
      "full_text" : "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits can be applied for online. More: https://t.co/WQzMJ7Cb5r",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022100000000005"
          ],
          "editableUntil" : "2025-07-10T00:02:33.000Z",
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
            "url" : "https://t.co/4wbRVkFgD3",
            "expanded_url" : "https://www.harborpoint.example.org/permits",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "116",
              "139"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "79",
      "id_str" : "1700022100000000005",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700022100000000005",
      "created_at" : "Wed Jul 09 23:02:33 +0000 2025",
      "favorited" : false,
      "full_text" : "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits can be applied for online. More: https://t.co/4wbRVkFgD3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022100000000006"
          ],
          "editableUntil" : "2025-07-14T16:37:56.000Z",
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
            "url" : "https://t.co/FtwwcXTfik",
            "expanded_url" : "https://www.valleytransit.example.com/routes",
            "display_url" : "www.valleytransit.example…",
            "indices" : [
              "146",
              "169"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "169"
      ],
      "favorite_count" : "32",
      "id_str" : "1700022100000000006",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700022100000000006",
      "created_at" : "Mon Jul 14 15:37:56 +0000 2025",
      "favorited" : false,
      "full_text" : "The City Council meets Tuesday at 5:30 p.m. Agenda items include the downtown parking ordinance and the Victory Park master plan. (external link) https://t.co/FtwwcXTfik",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022100000000007"
          ],
          "editableUntil" : "2025-07-21T18:54:25.000Z",
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
      "favorite_count" : "32",
      "id_str" : "1700022100000000007",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700022100000000007",
      "created_at" : "Mon Jul 21 17:54:25 +0000 2025",
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
            "1700022100000000008"
          ],
          "editableUntil" : "2025-07-23T20:36:04.000Z",
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
            "url" : "https://t.co/50Z74RSstg",
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
      "favorite_count" : "33",
      "id_str" : "1700022100000000008",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700022100000000008",
      "created_at" : "Wed Jul 23 19:36:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/50Z74RSstg",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022100000000009"
          ],
          "editableUntil" : "2025-07-24T17:28:22.000Z",
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
            "url" : "https://t.co/Mb8qSsJ2Td",
            "expanded_url" : "https://www.harborpoint.example.org/council",
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
      "favorite_count" : "5",
      "id_str" : "1700022100000000009",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700022100000000009",
      "created_at" : "Thu Jul 24 16:28:22 +0000 2025",
      "favorited" : false,
      "full_text" : "The Planning Commission will hold a hearing on the Harbor Way rezoning on Monday. More: https://t.co/Mb8qSsJ2Td",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022100000000010"
          ],
          "editableUntil" : "2025-07-28T15:38:41.000Z",
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
            "url" : "https://t.co/P7iDndu7F4",
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
      "favorite_count" : "47",
      "id_str" : "1700022100000000010",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700022100000000010",
      "created_at" : "Mon Jul 28 14:38:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Center St. Expect low pressure until 5 p.m. More: https://t.co/P7iDndu7F4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022100000000015"
          ],
          "editableUntil" : "2025-07-08T00:37:02.000Z",
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
            "name" : "Maria Dang",
            "screen_name" : "maria_dang196",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1401552450",
            "id" : "1401552450"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "14",
      "id_str" : "1700022100000000015",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700022100000000015",
      "created_at" : "Mon Jul 07 23:37:02 +0000 2025",
      "favorited" : false,
      "full_text" : "@maria_dang196 Thanks for letting us know. We have shared this with the department.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700022100000000014",
      "in_reply_to_status_id" : "1700022100000000014",
      "in_reply_to_user_id_str" : "1401552450",
      "in_reply_to_user_id" : "1401552450",
      "in_reply_to_screen_name" : "maria_dang196"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022200000000001"
          ],
          "editableUntil" : "2025-08-04T20:57:31.000Z",
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
            "url" : "https://t.co/-GUC6CsNAY",
            "expanded_url" : "https://www.sjcog.example.com/regional-plan",
            "display_url" : "www.sjcog.example.com/reg…",
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
      "id_str" : "1700022200000000001",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700022200000000001",
      "created_at" : "Mon Aug 04 19:57:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Solar permits are now issued the same day for standard rooftop systems. (external link) https://t.co/-GUC6CsNAY",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022200000000002"
          ],
          "editableUntil" : "2025-08-11T22:21:59.000Z",
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
      "favorite_count" : "75",
      "id_str" : "1700022200000000002",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700022200000000002",
      "created_at" : "Mon Aug 11 21:21:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Oak Grove Regional Park! Gates open at 6 p.m. 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022200000000003"
          ],
          "editableUntil" : "2025-08-12T20:08:44.000Z",
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
            "url" : "https://t.co/OPKfugbEPL",
            "expanded_url" : "https://www.harborpoint.example.org/events",
            "display_url" : "www.harborpoint.example.o…",
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
      "favorite_count" : "66",
      "id_str" : "1700022200000000003",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700022200000000003",
      "created_at" : "Tue Aug 12 19:08:44 +0000 2025",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Friday at Oak Grove Regional Park. More: https://t.co/OPKfugbEPL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022200000000004"
          ],
          "editableUntil" : "2025-08-14T20:54:51.000Z",
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
            "url" : "https://t.co/Xf72JCH0Ll",
            "expanded_url" : "https://www.harborpoint.example.org/events",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "85",
              "108"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "91",
      "id_str" : "1700022200000000004",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700022200000000004",
      "created_at" : "Thu Aug 14 19:54:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Café Lumière on Pacific Ave. More: https://t.co/Xf72JCH0Ll",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022200000000005"
          ],
          "editableUntil" : "2025-08-20T20:26:06.000Z",
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
            "url" : "https://t.co/9-rr5tHS3y",
            "expanded_url" : "https://www.harborpoint.example.org/council",
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
      "favorite_count" : "94",
      "id_str" : "1700022200000000005",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700022200000000005",
      "created_at" : "Wed Aug 20 19:26:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Watch the budget workshop recording and share your priorities. More: https://t.co/9-rr5tHS3y",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022200000000006"
          ],
          "editableUntil" : "2025-08-21T19:02:42.000Z",
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
      "favorite_count" : "46",
      "id_str" : "1700022200000000006",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700022200000000006",
      "created_at" : "Thu Aug 21 18:02:42 +0000 2025",
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
            "1700022200000000007"
          ],
          "editableUntil" : "2025-08-23T00:49:45.000Z",
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
            "url" : "https://t.co/jONDQ8t5dl",
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
      "favorite_count" : "94",
      "id_str" : "1700022200000000007",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700022200000000007",
      "created_at" : "Fri Aug 22 23:49:45 +0000 2025",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Miner Ave. Expect low pressure until 5 p.m. More: https://t.co/jONDQ8t5dl",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022200000000008"
          ],
          "editableUntil" : "2025-08-26T23:54:54.000Z",
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
            "url" : "https://t.co/ISB6gPzUMC",
            "expanded_url" : "https://www.valleytransit.example.com/routes",
            "display_url" : "www.valleytransit.example…",
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
      "favorite_count" : "78",
      "id_str" : "1700022200000000008",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700022200000000008",
      "created_at" : "Tue Aug 26 22:54:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Victory Park! Gates open at 6 p.m. 🎉 (external link) https://t.co/ISB6gPzUMC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022300000000001"
          ],
          "editableUntil" : "2025-09-08T18:29:57.000Z",
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
            "url" : "https://t.co/gZzTYpdwyN",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
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
      "favorite_count" : "18",
      "id_str" : "1700022300000000001",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700022300000000001",
      "created_at" : "Mon Sep 08 17:29:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Solar permits are now issued the same day for standard rooftop systems. (external link) https://t.co/gZzTYpdwyN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022300000000002"
          ],
          "editableUntil" : "2025-09-09T21:24:27.000Z",
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
            "url" : "https://t.co/id2ht_sO-f",
            "expanded_url" : "https://www.harborpoint.example.org/events",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "79",
              "102"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "86",
      "id_str" : "1700022300000000002",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700022300000000002",
      "created_at" : "Tue Sep 09 20:24:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to McKinley Park! Gates open at 6 p.m. 🎉 More: https://t.co/id2ht_sO-f",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022300000000003"
          ],
          "editableUntil" : "2025-09-15T20:53:11.000Z",
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
            "url" : "https://t.co/FzhC-Ek9NE",
            "expanded_url" : "https://www.harborpoint.example.org/council",
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
      "favorite_count" : "20",
      "id_str" : "1700022300000000003",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700022300000000003",
      "created_at" : "Mon Sep 15 19:53:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Watch the budget workshop recording and share your priorities. More: https://t.co/FzhC-Ek9NE",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022300000000004"
          ],
          "editableUntil" : "2025-09-17T16:55:40.000Z",
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
            "url" : "https://t.co/dNF7GKSdjf",
            "expanded_url" : "https://www.harborpoint.example.org/events",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "84",
              "107"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "20",
      "id_str" : "1700022300000000004",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700022300000000004",
      "created_at" : "Wed Sep 17 15:55:40 +0000 2025",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Wednesday at Oak Grove Regional Park. More: https://t.co/dNF7GKSdjf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022300000000005"
          ],
          "editableUntil" : "2025-09-22T23:54:25.000Z",
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
            "url" : "https://t.co/b0e4SRzeYO",
            "expanded_url" : "https://www.harborpoint.example.org/council",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "147",
              "170"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "170"
      ],
      "favorite_count" : "90",
      "id_str" : "1700022300000000005",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700022300000000005",
      "created_at" : "Mon Sep 22 22:54:25 +0000 2025",
      "favorited" : false,
      "full_text" : "The City Council meets Tuesday at 5:30 p.m. Agenda items include the downtown parking ordinance and the Oak Grove Regional Park master plan. More: https://t.co/b0e4SRzeYO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022300000000006"
          ],
          "editableUntil" : "2025-09-25T23:55:48.000Z",
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
            "url" : "https://t.co/9XE1ibBNiA",
            "expanded_url" : "https://www.harborpoint.example.org/permits",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "78",
              "101"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "13",
      "id_str" : "1700022300000000006",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700022300000000006",
      "created_at" : "Thu Sep 25 22:55:48 +0000 2025",
      "favorited" : false,
      "full_text" : "Solar permits are now issued the same day for standard rooftop systems. More: https://t.co/9XE1ibBNiA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022400000000001"
          ],
          "editableUntil" : "2025-10-02T23:49:30.000Z",
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
            "url" : "https://t.co/wOXkVllN30",
            "expanded_url" : "https://www.valleytransit.example.com/routes",
            "display_url" : "www.valleytransit.example…",
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
      "favorite_count" : "9",
      "id_str" : "1700022400000000001",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700022400000000001",
      "created_at" : "Thu Oct 02 22:49:30 +0000 2025",
      "favorited" : false,
      "full_text" : "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits can be applied for online. (external link) https://t.co/wOXkVllN30",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022400000000002"
          ],
          "editableUntil" : "2025-10-03T15:32:06.000Z",
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
            "url" : "https://t.co/7U9Z69zjQw",
            "expanded_url" : "https://www.harborpoint.example.org/events",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "85",
              "108"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "91",
      "id_str" : "1700022400000000002",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700022400000000002",
      "created_at" : "Fri Oct 03 14:32:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Café Lumière on Pacific Ave. More: https://t.co/7U9Z69zjQw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022400000000003"
          ],
          "editableUntil" : "2025-10-10T22:14:01.000Z",
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
      "favorite_count" : "96",
      "id_str" : "1700022400000000003",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700022400000000003",
      "created_at" : "Fri Oct 10 21:14:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on March Lane. Expect low pressure until 5 p.m.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022400000000004"
          ],
          "editableUntil" : "2025-10-17T19:13:31.000Z",
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
            "url" : "https://t.co/c1aMgk7eUO",
            "expanded_url" : "https://www.valleytransit.example.com/routes",
            "display_url" : "www.valleytransit.example…",
            "indices" : [
              "79",
              "102"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "85",
      "id_str" : "1700022400000000004",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700022400000000004",
      "created_at" : "Fri Oct 17 18:13:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Building an ADU: our guide walks you through the permit steps. (external link) https://t.co/c1aMgk7eUO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022400000000005"
          ],
          "editableUntil" : "2025-10-20T18:16:59.000Z",
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
            "url" : "https://t.co/iHDiiQQ6Hc",
            "expanded_url" : "https://www.harborpoint.example.org/permits",
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
      "favorite_count" : "91",
      "id_str" : "1700022400000000005",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700022400000000005",
      "created_at" : "Mon Oct 20 17:16:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Building an ADU: our guide walks you through the permit steps. More: https://t.co/iHDiiQQ6Hc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022400000000006"
          ],
          "editableUntil" : "2025-10-22T20:51:19.000Z",
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
            "url" : "https://t.co/ZeBKdetCbc",
            "expanded_url" : "https://www.harborpoint.example.org/events",
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
      "favorite_count" : "12",
      "id_str" : "1700022400000000006",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700022400000000006",
      "created_at" : "Wed Oct 22 19:51:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Weberstown Mall. More: https://t.co/ZeBKdetCbc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022400000000007"
          ],
          "editableUntil" : "2025-10-30T01:53:32.000Z",
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
            "url" : "https://t.co/g6UwCkEDhi",
            "expanded_url" : "https://www.harborpoint.example.org/permits",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "116",
              "139"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "95",
      "id_str" : "1700022400000000007",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700022400000000007",
      "created_at" : "Thu Oct 30 00:53:32 +0000 2025",
      "favorited" : false,
      "full_text" : "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits can be applied for online. More: https://t.co/g6UwCkEDhi",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022500000000001"
          ],
          "editableUntil" : "2025-11-05T00:18:57.000Z",
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
            "url" : "https://t.co/acTtsCpClV",
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
      "favorite_count" : "48",
      "id_str" : "1700022500000000001",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700022500000000001",
      "created_at" : "Tue Nov 04 23:18:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/acTtsCpClV",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022500000000002"
          ],
          "editableUntil" : "2025-11-11T01:32:42.000Z",
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
            "url" : "https://t.co/H--Yl0iASi",
            "expanded_url" : "https://www.harborpoint.example.org/council",
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
      "favorite_count" : "4",
      "id_str" : "1700022500000000002",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700022500000000002",
      "created_at" : "Tue Nov 11 00:32:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Watch the budget workshop recording and share your priorities. More: https://t.co/H--Yl0iASi",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022500000000003"
          ],
          "editableUntil" : "2025-11-13T17:17:09.000Z",
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
            "url" : "https://t.co/32AYeVxnUN",
            "expanded_url" : "https://www.harborpoint.example.org/council",
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
      "id_str" : "1700022500000000003",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700022500000000003",
      "created_at" : "Thu Nov 13 16:17:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Watch the budget workshop recording and share your priorities. More: https://t.co/32AYeVxnUN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022500000000004"
          ],
          "editableUntil" : "2025-11-20T22:01:34.000Z",
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
        "109"
      ],
      "favorite_count" : "72",
      "id_str" : "1700022500000000004",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700022500000000004",
      "created_at" : "Thu Nov 20 21:01:34 +0000 2025",
      "favorited" : false,
      "full_text" : "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits can be applied for online.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022500000000005"
          ],
          "editableUntil" : "2025-11-24T18:04:35.000Z",
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
      "favorite_count" : "94",
      "id_str" : "1700022500000000005",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700022500000000005",
      "created_at" : "Mon Nov 24 17:04:35 +0000 2025",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Center St. Expect low pressure until 5 p.m.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022500000000006"
          ],
          "editableUntil" : "2025-11-25T16:51:30.000Z",
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
            "url" : "https://t.co/ugfdbCUfct",
            "expanded_url" : "https://www.harborpoint.example.org/council",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "137",
              "160"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "86",
      "id_str" : "1700022500000000006",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700022500000000006",
      "created_at" : "Tue Nov 25 15:51:30 +0000 2025",
      "favorited" : false,
      "full_text" : "The City Council meets Saturday at 5:30 p.m. Agenda items include the downtown parking ordinance and the Victory Park master plan. More: https://t.co/ugfdbCUfct",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022600000000001"
          ],
          "editableUntil" : "2025-12-05T02:04:58.000Z",
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
            "url" : "https://t.co/sxDuTCku16",
            "expanded_url" : "https://www.harborpoint.example.org/council",
            "display_url" : "www.harborpoint.example.o…",
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
      "favorite_count" : "27",
      "id_str" : "1700022600000000001",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700022600000000001",
      "created_at" : "Fri Dec 05 01:04:58 +0000 2025",
      "favorited" : false,
      "full_text" : "The City Council meets Tuesday at 5:30 p.m. Agenda items include the downtown parking ordinance and the Victory Park master plan. More: https://t.co/sxDuTCku16",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022600000000002"
          ],
          "editableUntil" : "2025-12-08T18:05:24.000Z",
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
            "url" : "https://t.co/-khKs8lCpz",
            "expanded_url" : "https://www.valleytransit.example.com/routes",
            "display_url" : "www.valleytransit.example…",
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
      "favorite_count" : "16",
      "id_str" : "1700022600000000002",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700022600000000002",
      "created_at" : "Mon Dec 08 17:05:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Solar permits are now issued the same day for standard rooftop systems. (external link) https://t.co/-khKs8lCpz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022600000000003"
          ],
          "editableUntil" : "2025-12-15T17:22:40.000Z",
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
        "76"
      ],
      "favorite_count" : "46",
      "id_str" : "1700022600000000003",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700022600000000003",
      "created_at" : "Mon Dec 15 16:22:40 +0000 2025",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Friday at Harbor Point Marina Green.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022600000000004"
          ],
          "editableUntil" : "2025-12-22T20:46:55.000Z",
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
            "url" : "https://t.co/DAxM4SKupz",
            "expanded_url" : "https://www.sjcog.example.com/regional-plan",
            "display_url" : "www.sjcog.example.com/reg…",
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
      "favorite_count" : "63",
      "id_str" : "1700022600000000004",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700022600000000004",
      "created_at" : "Mon Dec 22 19:46:55 +0000 2025",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Louis Park! Gates open at 6 p.m. 🎉 (external link) https://t.co/DAxM4SKupz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022600000000005"
          ],
          "editableUntil" : "2025-12-23T21:17:51.000Z",
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
            "url" : "https://t.co/xBKuILZavn",
            "expanded_url" : "https://www.harborpoint.example.org/council",
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
      "favorite_count" : "91",
      "id_str" : "1700022600000000005",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700022600000000005",
      "created_at" : "Tue Dec 23 20:17:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Watch the budget workshop recording and share your priorities. More: https://t.co/xBKuILZavn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022600000000006"
          ],
          "editableUntil" : "2025-12-30T22:20:29.000Z",
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
            "url" : "https://t.co/bOppIirUkl",
            "expanded_url" : "https://www.harborpoint.example.org/events",
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
      "favorite_count" : "84",
      "id_str" : "1700022600000000006",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700022600000000006",
      "created_at" : "Tue Dec 30 21:20:29 +0000 2025",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Wednesday at Victory Park. More: https://t.co/bOppIirUkl",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022700000000001"
          ],
          "editableUntil" : "2026-01-06T00:59:51.000Z",
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
            "url" : "https://t.co/sCgyICUJ_5",
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
      "favorite_count" : "91",
      "id_str" : "1700022700000000001",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700022700000000001",
      "created_at" : "Mon Jan 05 23:59:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Fremont St. Expect low pressure until 5 p.m. More: https://t.co/sCgyICUJ_5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022700000000002"
          ],
          "editableUntil" : "2026-01-07T19:55:48.000Z",
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
            "url" : "https://t.co/rXP4Rf4DG2",
            "expanded_url" : "https://www.harborpoint.example.org/permits",
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
      "favorite_count" : "71",
      "id_str" : "1700022700000000002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700022700000000002",
      "created_at" : "Wed Jan 07 18:55:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Building an ADU: our guide walks you through the permit steps. More: https://t.co/rXP4Rf4DG2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022700000000003"
          ],
          "editableUntil" : "2026-01-09T17:52:09.000Z",
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
            "url" : "https://t.co/1TJgM5lGam",
            "expanded_url" : "https://www.harborpoint.example.org/events",
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
      "favorite_count" : "70",
      "id_str" : "1700022700000000003",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700022700000000003",
      "created_at" : "Fri Jan 09 16:52:09 +0000 2026",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Saturday at Louis Park. More: https://t.co/1TJgM5lGam",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022700000000004"
          ],
          "editableUntil" : "2026-01-13T00:37:19.000Z",
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
        "128"
      ],
      "favorite_count" : "34",
      "id_str" : "1700022700000000004",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700022700000000004",
      "created_at" : "Mon Jan 12 23:37:19 +0000 2026",
      "favorited" : false,
      "full_text" : "The City Council meets Monday at 5:30 p.m. Agenda items include the downtown parking ordinance and the Victory Park master plan.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022700000000005"
          ],
          "editableUntil" : "2026-01-15T20:35:20.000Z",
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
            "url" : "https://t.co/vGHPZJ4ZRf",
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
      "favorite_count" : "39",
      "id_str" : "1700022700000000005",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700022700000000005",
      "created_at" : "Thu Jan 15 19:35:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Hammer Lane. Expect low pressure until 5 p.m. More: https://t.co/vGHPZJ4ZRf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022700000000006"
          ],
          "editableUntil" : "2026-01-22T17:35:21.000Z",
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
            "url" : "https://t.co/qS2BZdHGzR",
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
      "id_str" : "1700022700000000006",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700022700000000006",
      "created_at" : "Thu Jan 22 16:35:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Hammer Lane. Expect low pressure until 5 p.m. More: https://t.co/qS2BZdHGzR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022700000000007"
          ],
          "editableUntil" : "2026-01-29T22:20:01.000Z",
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
            "url" : "https://t.co/NDjHMRlL9i",
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
      "favorite_count" : "3",
      "id_str" : "1700022700000000007",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700022700000000007",
      "created_at" : "Thu Jan 29 21:20:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/NDjHMRlL9i",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022700000000008"
          ],
          "editableUntil" : "2026-01-30T22:12:10.000Z",
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
            "url" : "https://t.co/E4IAtSUVOP",
            "expanded_url" : "https://www.harborpoint.example.org/events",
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
      "id_str" : "1700022700000000008",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700022700000000008",
      "created_at" : "Fri Jan 30 21:12:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Louis Park! Gates open at 6 p.m. 🎉 More: https://t.co/E4IAtSUVOP",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022700000000011"
          ],
          "editableUntil" : "2026-01-07T01:09:54.000Z",
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
            "name" : "Luis Lopez",
            "screen_name" : "luis_lopez81",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1400642270",
            "id" : "1400642270"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "83",
      "id_str" : "1700022700000000011",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700022700000000011",
      "created_at" : "Wed Jan 07 00:09:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@luis_lopez81 Thanks for asking! The latest schedule is on our website: https://www.harborpoint.example.org",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700022700000000010",
      "in_reply_to_status_id" : "1700022700000000010",
      "in_reply_to_user_id_str" : "1400642270",
      "in_reply_to_user_id" : "1400642270",
      "in_reply_to_screen_name" : "luis_lopez81"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022700000000013"
          ],
          "editableUntil" : "2026-01-07T18:50:15.000Z",
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
            "name" : "Rosa Okafor",
            "screen_name" : "rosa_okafor43",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1400344120",
            "id" : "1400344120"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "37",
      "id_str" : "1700022700000000013",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700022700000000013",
      "created_at" : "Wed Jan 07 17:50:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@rosa_okafor43 Hi, thank you for reaching out. Please send the details to our service desk at https://www.harborpoint.example.org/connect and staff will follow up.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700022700000000012",
      "in_reply_to_status_id" : "1700022700000000012",
      "in_reply_to_user_id_str" : "1400344120",
      "in_reply_to_user_id" : "1400344120",
      "in_reply_to_screen_name" : "rosa_okafor43"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022800000000001"
          ],
          "editableUntil" : "2026-02-06T00:48:08.000Z",
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
            "url" : "https://t.co/HiI2vYNZt5",
            "expanded_url" : "https://www.harborpoint.example.org/council",
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
      "favorite_count" : "27",
      "id_str" : "1700022800000000001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700022800000000001",
      "created_at" : "Thu Feb 05 23:48:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Watch the budget workshop recording and share your priorities. More: https://t.co/HiI2vYNZt5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022800000000002"
          ],
          "editableUntil" : "2026-02-09T19:23:28.000Z",
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
            "url" : "https://t.co/krXDotWCA6",
            "expanded_url" : "https://www.harborpoint.example.org/permits",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "116",
              "139"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "31",
      "id_str" : "1700022800000000002",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700022800000000002",
      "created_at" : "Mon Feb 09 18:23:28 +0000 2026",
      "favorited" : false,
      "full_text" : "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits can be applied for online. More: https://t.co/krXDotWCA6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022800000000003"
          ],
          "editableUntil" : "2026-02-11T00:39:49.000Z",
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
            "url" : "https://t.co/619ktAlN7_",
            "expanded_url" : "https://www.harborpoint.example.org/events",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "78",
              "101"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "74",
      "id_str" : "1700022800000000003",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700022800000000003",
      "created_at" : "Tue Feb 10 23:39:49 +0000 2026",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Wednesday at Parque Las Palmas. More: https://t.co/619ktAlN7_",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022800000000004"
          ],
          "editableUntil" : "2026-02-12T00:17:03.000Z",
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
            "url" : "https://t.co/gT6d5ROqOn",
            "expanded_url" : "https://www.sjcog.example.com/regional-plan",
            "display_url" : "www.sjcog.example.com/reg…",
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
      "id_str" : "1700022800000000004",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700022800000000004",
      "created_at" : "Wed Feb 11 23:17:03 +0000 2026",
      "favorited" : false,
      "full_text" : "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits can be applied for online. (external link) https://t.co/gT6d5ROqOn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022800000000005"
          ],
          "editableUntil" : "2026-02-12T23:07:02.000Z",
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
      "favorite_count" : "88",
      "id_str" : "1700022800000000005",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700022800000000005",
      "created_at" : "Thu Feb 12 22:07:02 +0000 2026",
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
            "1700022800000000006"
          ],
          "editableUntil" : "2026-02-17T01:01:28.000Z",
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
            "url" : "https://t.co/mN5dEjughT",
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
      "favorite_count" : "36",
      "id_str" : "1700022800000000006",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700022800000000006",
      "created_at" : "Tue Feb 17 00:01:28 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Hammer Lane. Expect low pressure until 5 p.m. More: https://t.co/mN5dEjughT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022800000000007"
          ],
          "editableUntil" : "2026-02-17T18:45:29.000Z",
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
            "url" : "https://t.co/ErUt1-HQav",
            "expanded_url" : "https://www.harborpoint.example.org/events",
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
      "favorite_count" : "12",
      "id_str" : "1700022800000000007",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700022800000000007",
      "created_at" : "Tue Feb 17 17:45:29 +0000 2026",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Tuesday at McKinley Park. More: https://t.co/ErUt1-HQav",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022800000000008"
          ],
          "editableUntil" : "2026-02-24T16:59:39.000Z",
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
            "url" : "https://t.co/ewVJhoVG4a",
            "expanded_url" : "https://www.harborpoint.example.org/permits",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "116",
              "139"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "36",
      "id_str" : "1700022800000000008",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700022800000000008",
      "created_at" : "Tue Feb 24 15:59:39 +0000 2026",
      "favorited" : false,
      "full_text" : "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits can be applied for online. More: https://t.co/ewVJhoVG4a",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022800000000009"
          ],
          "editableUntil" : "2026-02-26T21:05:40.000Z",
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
            "url" : "https://t.co/zPYytrG4T7",
            "expanded_url" : "https://www.harborpoint.example.org/council",
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
      "favorite_count" : "63",
      "id_str" : "1700022800000000009",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700022800000000009",
      "created_at" : "Thu Feb 26 20:05:40 +0000 2026",
      "favorited" : false,
      "full_text" : "Watch the budget workshop recording and share your priorities. More: https://t.co/zPYytrG4T7",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022800000000015"
          ],
          "editableUntil" : "2026-02-18T01:04:52.000Z",
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
            "name" : "Brianna Williams",
            "screen_name" : "brianna_williams92",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "1400731971",
            "id" : "1400731971"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "168"
      ],
      "favorite_count" : "45",
      "id_str" : "1700022800000000015",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700022800000000015",
      "created_at" : "Wed Feb 18 00:04:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@brianna_williams92 Hi, thank you for reaching out. Please send the details to our service desk at https://www.harborpoint.example.org/connect and staff will follow up.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700022800000000014",
      "in_reply_to_status_id" : "1700022800000000014",
      "in_reply_to_user_id_str" : "1400731971",
      "in_reply_to_user_id" : "1400731971",
      "in_reply_to_screen_name" : "brianna_williams92"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022800000000021"
          ],
          "editableUntil" : "2026-02-19T01:52:28.000Z",
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
            "name" : "Priya Singh",
            "screen_name" : "priya_singh188",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1401495123",
            "id" : "1401495123"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "87",
      "id_str" : "1700022800000000021",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700022800000000021",
      "created_at" : "Thu Feb 19 00:52:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@priya_singh188 Good question. The work is planned to finish by the end of the month.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700022800000000020",
      "in_reply_to_status_id" : "1700022800000000020",
      "in_reply_to_user_id_str" : "1401495123",
      "in_reply_to_user_id" : "1401495123",
      "in_reply_to_screen_name" : "priya_singh188"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022800000000024"
          ],
          "editableUntil" : "2026-02-25T01:18:39.000Z",
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
            "name" : "Minh Tanaka",
            "screen_name" : "minh_tanaka4",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1400034831",
            "id" : "1400034831"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "79",
      "id_str" : "1700022800000000024",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700022800000000024",
      "created_at" : "Wed Feb 25 00:18:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@minh_tanaka4 Thanks for asking! The latest schedule is on our website: https://www.harborpoint.example.org",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700022800000000023",
      "in_reply_to_status_id" : "1700022800000000023",
      "in_reply_to_user_id_str" : "1400034831",
      "in_reply_to_user_id" : "1400034831",
      "in_reply_to_screen_name" : "minh_tanaka4"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022900000000001"
          ],
          "editableUntil" : "2026-03-04T02:33:56.000Z",
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
      "favorite_count" : "76",
      "id_str" : "1700022900000000001",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700022900000000001",
      "created_at" : "Wed Mar 04 01:33:56 +0000 2026",
      "favorited" : false,
      "full_text" : "The Planning Commission will hold a hearing on the Harbor Way rezoning on Monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022900000000002"
          ],
          "editableUntil" : "2026-03-10T20:48:32.000Z",
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
            "url" : "https://t.co/1biW6KatAq",
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
      "favorite_count" : "91",
      "id_str" : "1700022900000000002",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700022900000000002",
      "created_at" : "Tue Mar 10 19:48:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/1biW6KatAq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022900000000003"
          ],
          "editableUntil" : "2026-03-13T21:43:41.000Z",
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
            "url" : "https://t.co/qGyLiKEIL1",
            "expanded_url" : "https://www.harborpoint.example.org/council",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "142",
              "165"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "165"
      ],
      "favorite_count" : "79",
      "id_str" : "1700022900000000003",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700022900000000003",
      "created_at" : "Fri Mar 13 20:43:41 +0000 2026",
      "favorited" : false,
      "full_text" : "The City Council meets Saturday at 5:30 p.m. Agenda items include the downtown parking ordinance and the Parque Las Palmas master plan. More: https://t.co/qGyLiKEIL1",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022900000000004"
          ],
          "editableUntil" : "2026-03-19T23:07:08.000Z",
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
      "favorite_count" : "13",
      "id_str" : "1700022900000000004",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700022900000000004",
      "created_at" : "Thu Mar 19 22:07:08 +0000 2026",
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
            "1700022900000000005"
          ],
          "editableUntil" : "2026-03-26T23:03:28.000Z",
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
            "url" : "https://t.co/RZGT63dhTA",
            "expanded_url" : "https://www.harborpoint.example.org/events",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "77",
              "100"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "58",
      "id_str" : "1700022900000000005",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700022900000000005",
      "created_at" : "Thu Mar 26 22:03:28 +0000 2026",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Thursday at Parque Las Palmas. More: https://t.co/RZGT63dhTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022900000000006"
          ],
          "editableUntil" : "2026-03-27T19:55:37.000Z",
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
            "url" : "https://t.co/6K5d1q0FXF",
            "expanded_url" : "https://www.harborpoint.example.org/council",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "135",
              "158"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "86",
      "id_str" : "1700022900000000006",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700022900000000006",
      "created_at" : "Fri Mar 27 18:55:37 +0000 2026",
      "favorited" : false,
      "full_text" : "The City Council meets Saturday at 5:30 p.m. Agenda items include the downtown parking ordinance and the Louis Park master plan. More: https://t.co/6K5d1q0FXF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700022900000000008"
          ],
          "editableUntil" : "2026-03-11T21:51:53.000Z",
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
            "name" : "Aaliyah Ramírez",
            "screen_name" : "aaliyah_ramirez0",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1400004741",
            "id" : "1400004741"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "82",
      "id_str" : "1700022900000000008",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700022900000000008",
      "created_at" : "Wed Mar 11 20:51:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@aaliyah_ramirez0 Yes, it will be open. Details are at https://www.harborpoint.example.org/events",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700022900000000007",
      "in_reply_to_status_id" : "1700022900000000007",
      "in_reply_to_user_id_str" : "1400004741",
      "in_reply_to_user_id" : "1400004741",
      "in_reply_to_screen_name" : "aaliyah_ramirez0"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023000000000001"
          ],
          "editableUntil" : "2026-04-06T23:07:39.000Z",
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
            "url" : "https://t.co/ZU96Uo5I0s",
            "expanded_url" : "https://www.harborpoint.example.org/permits",
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
      "favorite_count" : "79",
      "id_str" : "1700023000000000001",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700023000000000001",
      "created_at" : "Mon Apr 06 22:07:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Building an ADU: our guide walks you through the permit steps. More: https://t.co/ZU96Uo5I0s",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023000000000002"
          ],
          "editableUntil" : "2026-04-07T19:55:45.000Z",
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
            "url" : "https://t.co/-UJ0tF6Bqk",
            "expanded_url" : "https://www.harborpoint.example.org/permits",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "78",
              "101"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "11",
      "id_str" : "1700023000000000002",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700023000000000002",
      "created_at" : "Tue Apr 07 18:55:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Solar permits are now issued the same day for standard rooftop systems. More: https://t.co/-UJ0tF6Bqk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023000000000004"
          ],
          "editableUntil" : "2026-04-17T20:36:37.000Z",
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
            "url" : "https://t.co/pjwmCK4mC-",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
            "indices" : [
              "92",
              "115"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "80",
      "id_str" : "1700023000000000004",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700023000000000004",
      "created_at" : "Fri Apr 17 19:36:37 +0000 2026",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Tuesday at Oak Grove Regional Park. (external link) https://t.co/pjwmCK4mC-",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023000000000005"
          ],
          "editableUntil" : "2026-04-24T18:10:09.000Z",
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
            "url" : "https://t.co/qfoePuESll",
            "expanded_url" : "https://www.harborpoint.example.org/permits",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "116",
              "139"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "35",
      "id_str" : "1700023000000000005",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700023000000000005",
      "created_at" : "Fri Apr 24 17:10:09 +0000 2026",
      "favorited" : false,
      "full_text" : "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits can be applied for online. More: https://t.co/qfoePuESll",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023100000000001"
          ],
          "editableUntil" : "2026-05-01T23:41:41.000Z",
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
            "url" : "https://t.co/aMQGCMHj2F",
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
      "favorite_count" : "40",
      "id_str" : "1700023100000000001",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700023100000000001",
      "created_at" : "Fri May 01 22:41:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/aMQGCMHj2F",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023100000000002"
          ],
          "editableUntil" : "2026-05-08T18:53:43.000Z",
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
            "url" : "https://t.co/QNMetoGBo1",
            "expanded_url" : "https://www.harborpoint.example.org/events",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "79",
              "102"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "49",
      "id_str" : "1700023100000000002",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700023100000000002",
      "created_at" : "Fri May 08 17:53:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to McKinley Park! Gates open at 6 p.m. 🎉 More: https://t.co/QNMetoGBo1",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023100000000003"
          ],
          "editableUntil" : "2026-05-15T18:21:37.000Z",
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
      "favorite_count" : "48",
      "id_str" : "1700023100000000003",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700023100000000003",
      "created_at" : "Fri May 15 17:21:37 +0000 2026",
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
            "1700023100000000004"
          ],
          "editableUntil" : "2026-05-21T22:52:02.000Z",
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
            "url" : "https://t.co/gAHgL6esEw",
            "expanded_url" : "https://www.sjcog.example.com/regional-plan",
            "display_url" : "www.sjcog.example.com/reg…",
            "indices" : [
              "96",
              "119"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "46",
      "id_str" : "1700023100000000004",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700023100000000004",
      "created_at" : "Thu May 21 21:52:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Miner Ave. Expect low pressure until 5 p.m. (external link) https://t.co/gAHgL6esEw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023100000000005"
          ],
          "editableUntil" : "2026-05-26T23:41:32.000Z",
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
            "url" : "https://t.co/0FKdnBNIaN",
            "expanded_url" : "https://www.harborpoint.example.org/events",
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
      "favorite_count" : "36",
      "id_str" : "1700023100000000005",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700023100000000005",
      "created_at" : "Tue May 26 22:41:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Oak Grove Regional Park! Gates open at 6 p.m. 🎉 More: https://t.co/0FKdnBNIaN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023100000000006"
          ],
          "editableUntil" : "2026-05-28T17:03:28.000Z",
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
            "url" : "https://t.co/8W1slf9XO5",
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
      "favorite_count" : "81",
      "id_str" : "1700023100000000006",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700023100000000006",
      "created_at" : "Thu May 28 16:03:28 +0000 2026",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Tuesday at McKinley Park. (external link) https://t.co/8W1slf9XO5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023200000000001"
          ],
          "editableUntil" : "2026-06-01T15:46:02.000Z",
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
            "url" : "https://t.co/PYa5ssPJX5",
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
      "favorite_count" : "67",
      "id_str" : "1700023200000000001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700023200000000001",
      "created_at" : "Mon Jun 01 14:46:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/PYa5ssPJX5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023200000000002"
          ],
          "editableUntil" : "2026-06-08T23:42:19.000Z",
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
            "url" : "https://t.co/QETEfP6jaA",
            "expanded_url" : "https://www.harborpoint.example.org/council",
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
      "favorite_count" : "14",
      "id_str" : "1700023200000000002",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700023200000000002",
      "created_at" : "Mon Jun 08 22:42:19 +0000 2026",
      "favorited" : false,
      "full_text" : "The Planning Commission will hold a hearing on the Harbor Way rezoning on Monday. More: https://t.co/QETEfP6jaA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023200000000003"
          ],
          "editableUntil" : "2026-06-15T18:56:20.000Z",
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
            "url" : "https://t.co/oxzwveDzl3",
            "expanded_url" : "https://www.sjcog.example.com/regional-plan",
            "display_url" : "www.sjcog.example.com/reg…",
            "indices" : [
              "93",
              "116"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "61",
      "id_str" : "1700023200000000003",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700023200000000003",
      "created_at" : "Mon Jun 15 17:56:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Parque Las Palmas! Gates open at 6 p.m. 🎉 (external link) https://t.co/oxzwveDzl3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023200000000004"
          ],
          "editableUntil" : "2026-06-16T21:59:38.000Z",
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
            "url" : "https://t.co/5m6i_ELmIt",
            "expanded_url" : "https://www.harborpoint.example.org/events",
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
      "favorite_count" : "7",
      "id_str" : "1700023200000000004",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700023200000000004",
      "created_at" : "Tue Jun 16 20:59:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Civic Auditorium. More: https://t.co/5m6i_ELmIt",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023200000000005"
          ],
          "editableUntil" : "2026-06-24T01:21:04.000Z",
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
        "62"
      ],
      "favorite_count" : "41",
      "id_str" : "1700023200000000005",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700023200000000005",
      "created_at" : "Wed Jun 24 00:21:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Watch the budget workshop recording and share your priorities.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023200000000006"
          ],
          "editableUntil" : "2026-06-26T16:34:04.000Z",
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
            "url" : "https://t.co/pP4uE-dM05",
            "expanded_url" : "https://www.harborpoint.example.org/council",
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
      "favorite_count" : "18",
      "id_str" : "1700023200000000006",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700023200000000006",
      "created_at" : "Fri Jun 26 15:34:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Watch the budget workshop recording and share your priorities. More: https://t.co/pP4uE-dM05",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023200000000007"
          ],
          "editableUntil" : "2026-06-29T17:05:48.000Z",
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
      "id_str" : "1700023200000000007",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700023200000000007",
      "created_at" : "Mon Jun 29 16:05:48 +0000 2026",
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
            "1700023200000000008"
          ],
          "editableUntil" : "2026-06-30T21:42:22.000Z",
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
            "url" : "https://t.co/p7aK3FHpH6",
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
      "favorite_count" : "64",
      "id_str" : "1700023200000000008",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700023200000000008",
      "created_at" : "Tue Jun 30 20:42:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Center St. Expect low pressure until 5 p.m. More: https://t.co/p7aK3FHpH6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023300000000001"
          ],
          "editableUntil" : "2026-07-02T19:18:01.000Z",
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
            "url" : "https://t.co/jYz_zwygjP",
            "expanded_url" : "https://www.harborpoint.example.org/council",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "135",
              "158"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "95",
      "id_str" : "1700023300000000001",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700023300000000001",
      "created_at" : "Thu Jul 02 18:18:01 +0000 2026",
      "favorited" : false,
      "full_text" : "The City Council meets Friday at 5:30 p.m. Agenda items include the downtown parking ordinance and the Victory Park master plan. More: https://t.co/jYz_zwygjP",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023300000000002"
          ],
          "editableUntil" : "2026-07-04T20:06:56.000Z",
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
            "url" : "https://t.co/80_YddR7vc",
            "expanded_url" : "https://www.harborpoint.example.org/events",
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
      "favorite_count" : "67",
      "id_str" : "1700023300000000002",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700023300000000002",
      "created_at" : "Sat Jul 04 19:06:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Louis Park! Gates open at 6 p.m. 🎉 More: https://t.co/80_YddR7vc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023300000000003"
          ],
          "editableUntil" : "2026-07-04T20:07:28.000Z",
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
      "favorite_count" : "84",
      "id_str" : "1700023300000000003",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700023300000000003",
      "created_at" : "Sat Jul 04 19:07:28 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Main Library.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023300000000004"
          ],
          "editableUntil" : "2026-07-08T00:53:42.000Z",
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
            "url" : "https://t.co/FxHLLgH2N_",
            "expanded_url" : "https://www.harborpoint.example.org/council",
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
      "favorite_count" : "0",
      "id_str" : "1700023300000000004",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700023300000000004",
      "created_at" : "Tue Jul 07 23:53:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Watch the budget workshop recording and share your priorities. More: https://t.co/FxHLLgH2N_",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023300000000005"
          ],
          "editableUntil" : "2026-07-08T17:44:48.000Z",
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
            "url" : "https://t.co/7cK1kF292W",
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
      "favorite_count" : "26",
      "id_str" : "1700023300000000005",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700023300000000005",
      "created_at" : "Wed Jul 08 16:44:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Harbor Way. Expect low pressure until 5 p.m. More: https://t.co/7cK1kF292W",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023300000000006"
          ],
          "editableUntil" : "2026-07-15T22:30:04.000Z",
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
            "url" : "https://t.co/hFyEWgcNgJ",
            "expanded_url" : "https://www.harborpoint.example.org/council",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "135",
              "158"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "5",
      "id_str" : "1700023300000000006",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700023300000000006",
      "created_at" : "Wed Jul 15 21:30:04 +0000 2026",
      "favorited" : false,
      "full_text" : "The City Council meets Monday at 5:30 p.m. Agenda items include the downtown parking ordinance and the Victory Park master plan. More: https://t.co/hFyEWgcNgJ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023300000000007"
          ],
          "editableUntil" : "2026-07-17T22:46:44.000Z",
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
      "favorite_count" : "94",
      "id_str" : "1700023300000000007",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700023300000000007",
      "created_at" : "Fri Jul 17 21:46:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Main Library.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023300000000008"
          ],
          "editableUntil" : "2026-07-20T19:08:50.000Z",
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
            "url" : "https://t.co/JWKQMZZyB5",
            "expanded_url" : "https://www.harborpoint.example.org/permits",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "78",
              "101"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "43",
      "id_str" : "1700023300000000008",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700023300000000008",
      "created_at" : "Mon Jul 20 18:08:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Solar permits are now issued the same day for standard rooftop systems. More: https://t.co/JWKQMZZyB5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023300000000009"
          ],
          "editableUntil" : "2026-07-21T20:27:22.000Z",
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
        "76"
      ],
      "favorite_count" : "47",
      "id_str" : "1700023300000000009",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700023300000000009",
      "created_at" : "Tue Jul 21 19:27:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Parque Las Palmas! Gates open at 6 p.m. 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023300000000010"
          ],
          "editableUntil" : "2026-07-23T00:27:58.000Z",
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
            "url" : "https://t.co/e2h93HnZul",
            "expanded_url" : "https://www.harborpoint.example.org/events",
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
      "favorite_count" : "23",
      "id_str" : "1700023300000000010",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700023300000000010",
      "created_at" : "Wed Jul 22 23:27:58 +0000 2026",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Thursday at Victory Park. More: https://t.co/e2h93HnZul",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023300000000011"
          ],
          "editableUntil" : "2026-07-23T19:30:36.000Z",
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
            "url" : "https://t.co/PYo8nEQBGu",
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
      "id_str" : "1700023300000000011",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700023300000000011",
      "created_at" : "Thu Jul 23 18:30:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/PYo8nEQBGu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023300000000012"
          ],
          "editableUntil" : "2026-07-27T20:01:50.000Z",
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
            "url" : "https://t.co/DaKZei82cH",
            "expanded_url" : "https://www.harborpoint.example.org/events",
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
      "favorite_count" : "5",
      "id_str" : "1700023300000000012",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700023300000000012",
      "created_at" : "Mon Jul 27 19:01:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Civic Auditorium. More: https://t.co/DaKZei82cH",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023300000000013"
          ],
          "editableUntil" : "2026-07-28T22:26:40.000Z",
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
            "url" : "https://t.co/jmxt4Ur3rE",
            "expanded_url" : "https://www.harborpoint.example.org/permits",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "116",
              "139"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "40",
      "id_str" : "1700023300000000013",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700023300000000013",
      "created_at" : "Tue Jul 28 21:26:40 +0000 2026",
      "favorited" : false,
      "full_text" : "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits can be applied for online. More: https://t.co/jmxt4Ur3rE",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023300000000014"
          ],
          "editableUntil" : "2026-07-31T17:38:39.000Z",
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
      "favorite_count" : "12",
      "id_str" : "1700023300000000014",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700023300000000014",
      "created_at" : "Fri Jul 31 16:38:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Miner Ave. Expect low pressure until 5 p.m.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023400000000001"
          ],
          "editableUntil" : "2026-08-03T22:44:23.000Z",
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
            "url" : "https://t.co/CY0AlpcMy7",
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
      "favorite_count" : "45",
      "id_str" : "1700023400000000001",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700023400000000001",
      "created_at" : "Mon Aug 03 21:44:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Calle Sonora. Expect low pressure until 5 p.m. More: https://t.co/CY0AlpcMy7",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023400000000002"
          ],
          "editableUntil" : "2026-08-10T21:25:54.000Z",
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
            "url" : "https://t.co/kyHTo_MsYl",
            "expanded_url" : "https://www.harborpoint.example.org/permits",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "116",
              "139"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "41",
      "id_str" : "1700023400000000002",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700023400000000002",
      "created_at" : "Mon Aug 10 20:25:54 +0000 2026",
      "favorited" : false,
      "full_text" : "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits can be applied for online. More: https://t.co/kyHTo_MsYl",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023400000000003"
          ],
          "editableUntil" : "2026-08-17T20:04:43.000Z",
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
        "76"
      ],
      "favorite_count" : "12",
      "id_str" : "1700023400000000003",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700023400000000003",
      "created_at" : "Mon Aug 17 19:04:43 +0000 2026",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Friday at Harbor Point Marina Green.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023400000000004"
          ],
          "editableUntil" : "2026-08-25T00:00:01.000Z",
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
      "favorite_count" : "79",
      "id_str" : "1700023400000000004",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700023400000000004",
      "created_at" : "Mon Aug 24 23:00:01 +0000 2026",
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
            "1700023400000000005"
          ],
          "editableUntil" : "2026-08-31T22:07:16.000Z",
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
            "url" : "https://t.co/bCfND9F-YB",
            "expanded_url" : "https://www.harborpoint.example.org/council",
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
      "favorite_count" : "17",
      "id_str" : "1700023400000000005",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700023400000000005",
      "created_at" : "Mon Aug 31 21:07:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Watch the budget workshop recording and share your priorities. More: https://t.co/bCfND9F-YB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023490000000001"
          ],
          "editableUntil" : "2026-08-05T18:00:00.000Z",
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
        "121"
      ],
      "favorite_count" : "27",
      "id_str" : "1700023490000000001",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700023490000000001",
      "created_at" : "Wed Aug 05 17:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Cooling centers are open today at the Main Library and City Hall Plaza. More: https://www.harborpoint.example.org/cooling",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023500000000001"
          ],
          "editableUntil" : "2026-09-02T17:46:34.000Z",
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
            "url" : "https://t.co/aUgktSl3lJ",
            "expanded_url" : "https://www.harborpoint.example.org/events",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "91",
              "114"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "4",
      "id_str" : "1700023500000000001",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700023500000000001",
      "created_at" : "Wed Sep 02 16:46:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Harbor Point Marina Green! Gates open at 6 p.m. 🎉 More: https://t.co/aUgktSl3lJ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023500000000002"
          ],
          "editableUntil" : "2026-09-07T20:57:36.000Z",
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
            "url" : "https://t.co/b8gQtU61ld",
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
      "id_str" : "1700023500000000002",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700023500000000002",
      "created_at" : "Mon Sep 07 19:57:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/b8gQtU61ld",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023500000000003"
          ],
          "editableUntil" : "2026-09-09T01:41:33.000Z",
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
            "url" : "https://t.co/936sqaNllu",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
            "indices" : [
              "143",
              "166"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "23",
      "id_str" : "1700023500000000003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700023500000000003",
      "created_at" : "Wed Sep 09 00:41:33 +0000 2026",
      "favorited" : false,
      "full_text" : "The City Council meets Monday at 5:30 p.m. Agenda items include the downtown parking ordinance and the Louis Park master plan. (external link) https://t.co/936sqaNllu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023500000000004"
          ],
          "editableUntil" : "2026-09-15T19:52:34.000Z",
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
        "109"
      ],
      "favorite_count" : "93",
      "id_str" : "1700023500000000004",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700023500000000004",
      "created_at" : "Tue Sep 15 18:52:34 +0000 2026",
      "favorited" : false,
      "full_text" : "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits can be applied for online.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023500000000005"
          ],
          "editableUntil" : "2026-09-18T00:34:08.000Z",
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
            "url" : "https://t.co/Aia0TqmRCN",
            "expanded_url" : "https://www.harborpoint.example.org/permits",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "116",
              "139"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "29",
      "id_str" : "1700023500000000005",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700023500000000005",
      "created_at" : "Thu Sep 17 23:34:08 +0000 2026",
      "favorited" : false,
      "full_text" : "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits can be applied for online. More: https://t.co/Aia0TqmRCN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023500000000006"
          ],
          "editableUntil" : "2026-09-21T22:39:54.000Z",
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
            "url" : "https://t.co/dr3YrLOllC",
            "expanded_url" : "https://www.harborpoint.example.org/events",
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
      "favorite_count" : "52",
      "id_str" : "1700023500000000006",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700023500000000006",
      "created_at" : "Mon Sep 21 21:39:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Civic Auditorium. More: https://t.co/dr3YrLOllC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023500000000007"
          ],
          "editableUntil" : "2026-09-22T23:48:16.000Z",
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
            "url" : "https://t.co/JCmE6EQJU4",
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
      "favorite_count" : "27",
      "id_str" : "1700023500000000007",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700023500000000007",
      "created_at" : "Tue Sep 22 22:48:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Harbor Way. Expect low pressure until 5 p.m. More: https://t.co/JCmE6EQJU4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023500000000008"
          ],
          "editableUntil" : "2026-09-24T19:44:49.000Z",
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
        "109"
      ],
      "favorite_count" : "34",
      "id_str" : "1700023500000000008",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700023500000000008",
      "created_at" : "Thu Sep 24 18:44:49 +0000 2026",
      "favorited" : false,
      "full_text" : "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits can be applied for online.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700023500000000009"
          ],
          "editableUntil" : "2026-09-25T21:20:30.000Z",
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
            "url" : "https://t.co/gkx5wIPs9s",
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
      "favorite_count" : "95",
      "id_str" : "1700023500000000009",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700023500000000009",
      "created_at" : "Fri Sep 25 20:20:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/gkx5wIPs9s",
      "lang" : "en"
    }
  }
]
