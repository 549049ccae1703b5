window.YTD.tweets.part1 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061800000000001"
          ],
          "editableUntil" : "2025-04-07T20:21:30.000Z",
          "editsRemaining" : "5",
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
        "71"
      ],
      "favorite_count" : "43",
      "id_str" : "1700061800000000001",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700061800000000001",
      "created_at" : "Mon Apr 07 19:21:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061800000000002"
          ],
          "editableUntil" : "2025-04-14T23:33:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/l9N5P0SV2N",
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
      "favorite_count" : "52",
      "id_str" : "1700061800000000002",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700061800000000002",
      "created_at" : "Mon Apr 14 22:33:40 +0000 2025",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Thursday at McKinley Park. More: https://t.co/l9N5P0SV2N",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061800000000003"
          ],
          "editableUntil" : "2025-04-16T20:22:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/cVmfpCXA8L",
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
      "favorite_count" : "60",
      "id_str" : "1700061800000000003",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700061800000000003",
      "created_at" : "Wed Apr 16 19:22:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at City Hall Plaza. More: https://t.co/cVmfpCXA8L",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061800000000004"
          ],
          "editableUntil" : "2025-04-23T17:24:50.000Z",
          "editsRemaining" : "5",
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
        "71"
      ],
      "favorite_count" : "95",
      "id_str" : "1700061800000000004",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700061800000000004",
      "created_at" : "Wed Apr 23 16:24:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061800000000005"
          ],
          "editableUntil" : "2025-04-30T16:04:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/1Seum3GZIJ",
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
      "favorite_count" : "19",
      "id_str" : "1700061800000000005",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700061800000000005",
      "created_at" : "Wed Apr 30 15:04:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Oak Grove Regional Park! Gates open at 6 p.m. 🎉 More: https://t.co/1Seum3GZIJ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061900000000001"
          ],
          "editableUntil" : "2025-05-02T00:20:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/rwbDTg8hB_",
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
      "favorite_count" : "6",
      "id_str" : "1700061900000000001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700061900000000001",
      "created_at" : "Thu May 01 23:20:39 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Civic Auditorium. More: https://t.co/rwbDTg8hB_",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061900000000002"
          ],
          "editableUntil" : "2025-05-08T20:34:05.000Z",
          "editsRemaining" : "5",
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
        "71"
      ],
      "favorite_count" : "52",
      "id_str" : "1700061900000000002",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700061900000000002",
      "created_at" : "Thu May 08 19:34:05 +0000 2025",
      "favorited" : false,
      "full_text" : "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061900000000003"
          ],
          "editableUntil" : "2025-05-15T23:18:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/eXukPgVcD4",
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
      "favorite_count" : "78",
      "id_str" : "1700061900000000003",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700061900000000003",
      "created_at" : "Thu May 15 22:18:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Weberstown Mall. More: https://t.co/eXukPgVcD4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061900000000004"
          ],
          "editableUntil" : "2025-05-22T19:23:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/4JWvlM6hYT",
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
      "favorite_count" : "72",
      "id_str" : "1700061900000000004",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700061900000000004",
      "created_at" : "Thu May 22 18:23:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Weberstown Mall. More: https://t.co/4JWvlM6hYT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061900000000005"
          ],
          "editableUntil" : "2025-05-29T23:11:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/sP8xZ245Up",
            "expanded_url" : "https://www.valleytransit.example.com/routes",
            "display_url" : "www.valleytransit.example…",
            "indices" : [
              "101",
              "124"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "80",
      "id_str" : "1700061900000000005",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700061900000000005",
      "created_at" : "Thu May 29 22:11:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Harbor Point Marina Green! Gates open at 6 p.m. 🎉 (external link) https://t.co/sP8xZ245Up",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062000000000001"
          ],
          "editableUntil" : "2025-06-03T19:24:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/zMuQTBj_Z_",
            "expanded_url" : "https://www.valleytransit.example.com/routes",
            "display_url" : "www.valleytransit.example…",
            "indices" : [
              "101",
              "124"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "58",
      "id_str" : "1700062000000000001",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700062000000000001",
      "created_at" : "Tue Jun 03 18:24:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at Café Lumière on Pacific Ave for fire safety week. (external link) https://t.co/zMuQTBj_Z_",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062000000000002"
          ],
          "editableUntil" : "2025-06-05T22:13:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/qsQjddlHty",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "90",
      "id_str" : "1700062000000000002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700062000000000002",
      "created_at" : "Thu Jun 05 21:13:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. More: https://t.co/qsQjddlHty",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062000000000003"
          ],
          "editableUntil" : "2025-06-06T22:10:55.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "51",
      "id_str" : "1700062000000000003",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700062000000000003",
      "created_at" : "Fri Jun 06 21:10:55 +0000 2025",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Tuesday at McKinley Park.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062000000000004"
          ],
          "editableUntil" : "2025-06-13T17:53:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/w_dd9Wj6Ih",
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
      "favorite_count" : "29",
      "id_str" : "1700062000000000004",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700062000000000004",
      "created_at" : "Fri Jun 13 16:53:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Harbor Point Marina Green! Gates open at 6 p.m. 🎉 More: https://t.co/w_dd9Wj6Ih",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062000000000005"
          ],
          "editableUntil" : "2025-06-20T16:48:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/2DTYbDZc6p",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
            "indices" : [
              "68",
              "91"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "30",
      "id_str" : "1700062000000000005",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700062000000000005",
      "created_at" : "Fri Jun 20 15:48:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. (external link) https://t.co/2DTYbDZc6p",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062000000000006"
          ],
          "editableUntil" : "2025-06-27T16:00:15.000Z",
          "editsRemaining" : "5",
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
        "70"
      ],
      "favorite_count" : "33",
      "id_str" : "1700062000000000006",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700062000000000006",
      "created_at" : "Fri Jun 27 15:00:15 +0000 2025",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Thursday at Parque Las Palmas.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062100000000002"
          ],
          "editableUntil" : "2025-07-04T16:50:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/xJ5WqS-wbK",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
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
      "favorite_count" : "6",
      "id_str" : "1700062100000000002",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700062100000000002",
      "created_at" : "Fri Jul 04 15:50:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒 More: https://t.co/xJ5WqS-wbK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062100000000001"
          ],
          "editableUntil" : "2025-07-04T18:31:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/YopvwFo3Y4",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
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
      "favorite_count" : "0",
      "id_str" : "1700062100000000001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700062100000000001",
      "created_at" : "Fri Jul 04 17:31:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒 More: https://t.co/YopvwFo3Y4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062100000000003"
          ],
          "editableUntil" : "2025-07-12T00:00:51.000Z",
          "editsRemaining" : "5",
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
        "71"
      ],
      "favorite_count" : "25",
      "id_str" : "1700062100000000003",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700062100000000003",
      "created_at" : "Fri Jul 11 23:00:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Victory Park! Gates open at 6 p.m. 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062100000000004"
          ],
          "editableUntil" : "2025-07-15T00:02:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/05RyDSJ2u8",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
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
      "favorite_count" : "22",
      "id_str" : "1700062100000000004",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700062100000000004",
      "created_at" : "Mon Jul 14 23:02:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at Weberstown Mall for fire safety week. More: https://t.co/05RyDSJ2u8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062100000000005"
          ],
          "editableUntil" : "2025-07-21T16:20:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/B1tyjm_GGr",
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
      "favorite_count" : "54",
      "id_str" : "1700062100000000005",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700062100000000005",
      "created_at" : "Mon Jul 21 15:20:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Weberstown Mall. More: https://t.co/B1tyjm_GGr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062100000000006"
          ],
          "editableUntil" : "2025-07-25T20:59:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/KYGf1fPrsL",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
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
      "favorite_count" : "84",
      "id_str" : "1700062100000000006",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700062100000000006",
      "created_at" : "Fri Jul 25 19:59:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to McKinley Park! Gates open at 6 p.m. 🎉 (external link) https://t.co/KYGf1fPrsL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062100000000007"
          ],
          "editableUntil" : "2025-07-30T19:27:45.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "19",
      "id_str" : "1700062100000000007",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700062100000000007",
      "created_at" : "Wed Jul 30 18:27:45 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Weberstown Mall.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062200000000001"
          ],
          "editableUntil" : "2025-08-07T16:34:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ApETWyx31G",
            "expanded_url" : "https://www.harborpoint.example.org/events",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "60",
      "id_str" : "1700062200000000001",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700062200000000001",
      "created_at" : "Thu Aug 07 15:34:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Parque Las Palmas! Gates open at 6 p.m. 🎉 More: https://t.co/ApETWyx31G",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062200000000002"
          ],
          "editableUntil" : "2025-08-13T23:23:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/a294zo8RXU",
            "expanded_url" : "https://www.sjcog.example.com/regional-plan",
            "display_url" : "www.sjcog.example.com/reg…",
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
      "favorite_count" : "52",
      "id_str" : "1700062200000000002",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700062200000000002",
      "created_at" : "Wed Aug 13 22:23:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at Weberstown Mall for fire safety week. (external link) https://t.co/a294zo8RXU",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062200000000003"
          ],
          "editableUntil" : "2025-08-18T16:14:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/7h7R5vNeQa",
            "expanded_url" : "https://www.harborpoint.example.org/events",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "66",
      "id_str" : "1700062200000000003",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700062200000000003",
      "created_at" : "Mon Aug 18 15:14:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Parque Las Palmas! Gates open at 6 p.m. 🎉 More: https://t.co/7h7R5vNeQa",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062200000000004"
          ],
          "editableUntil" : "2025-08-25T22:52:28.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "9",
      "id_str" : "1700062200000000004",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700062200000000004",
      "created_at" : "Mon Aug 25 21:52:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062300000000001"
          ],
          "editableUntil" : "2025-09-08T19:34:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/zFZ3WKQADj",
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
      "favorite_count" : "7",
      "id_str" : "1700062300000000001",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700062300000000001",
      "created_at" : "Mon Sep 08 18:34:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to McKinley Park! Gates open at 6 p.m. 🎉 More: https://t.co/zFZ3WKQADj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062300000000002"
          ],
          "editableUntil" : "2025-09-09T19:17:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/GJP2ezAMhV",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "55",
      "id_str" : "1700062300000000002",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700062300000000002",
      "created_at" : "Tue Sep 09 18:17:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. More: https://t.co/GJP2ezAMhV",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062300000000003"
          ],
          "editableUntil" : "2025-09-16T22:41:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Ces-QJ4vsT",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "36",
      "id_str" : "1700062300000000003",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700062300000000003",
      "created_at" : "Tue Sep 16 21:41:35 +0000 2025",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. More: https://t.co/Ces-QJ4vsT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062300000000004"
          ],
          "editableUntil" : "2025-09-18T22:18:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/reZxpNlspj",
            "expanded_url" : "https://www.harborpoint.example.org/events",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "23",
      "id_str" : "1700062300000000004",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700062300000000004",
      "created_at" : "Thu Sep 18 21:18:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Parque Las Palmas! Gates open at 6 p.m. 🎉 More: https://t.co/reZxpNlspj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062300000000005"
          ],
          "editableUntil" : "2025-09-25T22:04:20.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "96",
      "id_str" : "1700062300000000005",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700062300000000005",
      "created_at" : "Thu Sep 25 21:04:20 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Weberstown Mall.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062400000000001"
          ],
          "editableUntil" : "2025-10-08T00:00:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/65mWLz7URo",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
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
      "favorite_count" : "14",
      "id_str" : "1700062400000000001",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700062400000000001",
      "created_at" : "Tue Oct 07 23:00:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at City Hall Plaza for fire safety week. More: https://t.co/65mWLz7URo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062400000000002"
          ],
          "editableUntil" : "2025-10-14T21:11:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/LRweDXTBII",
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
      "favorite_count" : "67",
      "id_str" : "1700062400000000002",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700062400000000002",
      "created_at" : "Tue Oct 14 20:11:43 +0000 2025",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Wednesday at Victory Park. More: https://t.co/LRweDXTBII",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062400000000003"
          ],
          "editableUntil" : "2025-10-18T00:54:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/RCyROSrJPK",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
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
      "favorite_count" : "45",
      "id_str" : "1700062400000000003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700062400000000003",
      "created_at" : "Fri Oct 17 23:54:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒 More: https://t.co/RCyROSrJPK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062400000000004"
          ],
          "editableUntil" : "2025-10-21T19:26:10.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "82",
      "id_str" : "1700062400000000004",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700062400000000004",
      "created_at" : "Tue Oct 21 18:26:10 +0000 2025",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Saturday at Victory Park.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062400000000005"
          ],
          "editableUntil" : "2025-10-24T19:51:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/G80wtMJ62Z",
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
      "favorite_count" : "13",
      "id_str" : "1700062400000000005",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700062400000000005",
      "created_at" : "Fri Oct 24 18:51:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Victory Park! Gates open at 6 p.m. 🎉 (external link) https://t.co/G80wtMJ62Z",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062400000000006"
          ],
          "editableUntil" : "2025-10-31T21:52:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/mEQwLY8Kk8",
            "expanded_url" : "https://www.harborpoint.example.org/events",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "16",
      "id_str" : "1700062400000000006",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700062400000000006",
      "created_at" : "Fri Oct 31 20:52:31 +0000 2025",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Monday at Harbor Point Marina Green. More: https://t.co/mEQwLY8Kk8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062500000000001"
          ],
          "editableUntil" : "2025-11-04T23:05:52.000Z",
          "editsRemaining" : "5",
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
        "71"
      ],
      "favorite_count" : "65",
      "id_str" : "1700062500000000001",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700062500000000001",
      "created_at" : "Tue Nov 04 22:05:52 +0000 2025",
      "favorited" : false,
      "full_text" : "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062500000000002"
          ],
          "editableUntil" : "2025-11-06T19:23:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/rW1LQ2ikBn",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "89",
      "id_str" : "1700062500000000002",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700062500000000002",
      "created_at" : "Thu Nov 06 18:23:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. More: https://t.co/rW1LQ2ikBn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062500000000003"
          ],
          "editableUntil" : "2025-11-07T22:56:18.000Z",
          "editsRemaining" : "5",
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
      "id_str" : "1700062500000000003",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700062500000000003",
      "created_at" : "Fri Nov 07 21:56:18 +0000 2025",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Monday at Victory Park.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062500000000004"
          ],
          "editableUntil" : "2025-11-10T18:21:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/O0ePB4JMuz",
            "expanded_url" : "https://www.harborpoint.example.org/events",
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
      "favorite_count" : "22",
      "id_str" : "1700062500000000004",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700062500000000004",
      "created_at" : "Mon Nov 10 17:21:46 +0000 2025",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Wednesday at Harbor Point Marina Green. More: https://t.co/O0ePB4JMuz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062500000000005"
          ],
          "editableUntil" : "2025-11-11T21:46:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/O2SvXhPv5H",
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
      "favorite_count" : "39",
      "id_str" : "1700062500000000005",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700062500000000005",
      "created_at" : "Tue Nov 11 20:46:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒 (external link) https://t.co/O2SvXhPv5H",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062500000000006"
          ],
          "editableUntil" : "2025-11-12T21:23:20.000Z",
          "editsRemaining" : "5",
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
        "73"
      ],
      "favorite_count" : "16",
      "id_str" : "1700062500000000006",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700062500000000006",
      "created_at" : "Wed Nov 12 20:23:20 +0000 2025",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at Civic Auditorium for fire safety week.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062500000000007"
          ],
          "editableUntil" : "2025-11-13T16:48:14.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "42",
      "id_str" : "1700062500000000007",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700062500000000007",
      "created_at" : "Thu Nov 13 15:48:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at Main Library for fire safety week.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062500000000008"
          ],
          "editableUntil" : "2025-11-14T17:05:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/NXP-TnVDkj",
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
      "favorite_count" : "66",
      "id_str" : "1700062500000000008",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700062500000000008",
      "created_at" : "Fri Nov 14 16:05:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Louis Park! Gates open at 6 p.m. 🎉 More: https://t.co/NXP-TnVDkj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062500000000009"
          ],
          "editableUntil" : "2025-11-21T15:33:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Ews4eI8Ve0",
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
      "favorite_count" : "95",
      "id_str" : "1700062500000000009",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700062500000000009",
      "created_at" : "Fri Nov 21 14:33:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at City Hall Plaza. More: https://t.co/Ews4eI8Ve0",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062500000000010"
          ],
          "editableUntil" : "2025-11-28T16:44:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Wk-nxf7f67",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "13",
      "id_str" : "1700062500000000010",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700062500000000010",
      "created_at" : "Fri Nov 28 15:44:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. More: https://t.co/Wk-nxf7f67",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062600000000001"
          ],
          "editableUntil" : "2025-12-04T20:35:04.000Z",
          "editsRemaining" : "5",
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
        "68"
      ],
      "favorite_count" : "23",
      "id_str" : "1700062600000000001",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700062600000000001",
      "created_at" : "Thu Dec 04 19:35:04 +0000 2025",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Monday at Parque Las Palmas.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062600000000002"
          ],
          "editableUntil" : "2025-12-11T17:04:56.000Z",
          "editsRemaining" : "5",
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
      "id_str" : "1700062600000000002",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700062600000000002",
      "created_at" : "Thu Dec 11 16:04:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Civic Auditorium.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062600000000003"
          ],
          "editableUntil" : "2025-12-16T21:25:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/QCbRlrDQda",
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
      "favorite_count" : "4",
      "id_str" : "1700062600000000003",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700062600000000003",
      "created_at" : "Tue Dec 16 20:25:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Señor Frog Taquería parking lot. More: https://t.co/QCbRlrDQda",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062600000000004"
          ],
          "editableUntil" : "2025-12-17T20:27:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Jn9d0Y_DXU",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "41",
      "id_str" : "1700062600000000004",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700062600000000004",
      "created_at" : "Wed Dec 17 19:27:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. More: https://t.co/Jn9d0Y_DXU",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062600000000005"
          ],
          "editableUntil" : "2025-12-22T21:23:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/XBym6-nsYj",
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
      "favorite_count" : "29",
      "id_str" : "1700062600000000005",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700062600000000005",
      "created_at" : "Mon Dec 22 20:23:11 +0000 2025",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Wednesday at Victory Park. More: https://t.co/XBym6-nsYj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062600000000006"
          ],
          "editableUntil" : "2025-12-29T19:12:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/8nv2EQmx_e",
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
      "favorite_count" : "44",
      "id_str" : "1700062600000000006",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700062600000000006",
      "created_at" : "Mon Dec 29 18:12:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Señor Frog Taquería parking lot. More: https://t.co/8nv2EQmx_e",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062700000000001"
          ],
          "editableUntil" : "2026-01-07T21:00:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/1nhwZ7djji",
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
      "favorite_count" : "44",
      "id_str" : "1700062700000000001",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700062700000000001",
      "created_at" : "Wed Jan 07 20:00:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Oak Grove Regional Park! Gates open at 6 p.m. 🎉 More: https://t.co/1nhwZ7djji",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062700000000002"
          ],
          "editableUntil" : "2026-01-13T02:23:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/RMd2GnIi71",
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
      "favorite_count" : "67",
      "id_str" : "1700062700000000002",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700062700000000002",
      "created_at" : "Tue Jan 13 01:23:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Weberstown Mall. More: https://t.co/RMd2GnIi71",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062700000000003"
          ],
          "editableUntil" : "2026-01-19T19:06:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/H-chGaScXf",
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
      "favorite_count" : "83",
      "id_str" : "1700062700000000003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700062700000000003",
      "created_at" : "Mon Jan 19 18:06:28 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Café Lumière on Pacific Ave. More: https://t.co/H-chGaScXf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062700000000004"
          ],
          "editableUntil" : "2026-01-21T20:41:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/DsOsTKurvQ",
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
      "id_str" : "1700062700000000004",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700062700000000004",
      "created_at" : "Wed Jan 21 19:41:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Civic Auditorium. More: https://t.co/DsOsTKurvQ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062700000000005"
          ],
          "editableUntil" : "2026-01-24T01:47:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/utyR_HEZwG",
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
      "favorite_count" : "49",
      "id_str" : "1700062700000000005",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700062700000000005",
      "created_at" : "Sat Jan 24 00:47:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Señor Frog Taquería parking lot. More: https://t.co/utyR_HEZwG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062700000000006"
          ],
          "editableUntil" : "2026-01-30T18:44:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/fpIO8Nnvc9",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
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
      "favorite_count" : "77",
      "id_str" : "1700062700000000006",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700062700000000006",
      "created_at" : "Fri Jan 30 17:44:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒 More: https://t.co/fpIO8Nnvc9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062800000000001"
          ],
          "editableUntil" : "2026-02-05T21:56:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/t4fAYIBs3B",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "5",
      "id_str" : "1700062800000000001",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700062800000000001",
      "created_at" : "Thu Feb 05 20:56:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. More: https://t.co/t4fAYIBs3B",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062800000000002"
          ],
          "editableUntil" : "2026-02-06T16:33:23.000Z",
          "editsRemaining" : "5",
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
        "84"
      ],
      "favorite_count" : "9",
      "id_str" : "1700062800000000002",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700062800000000002",
      "created_at" : "Fri Feb 06 15:33:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at Café Lumière on Pacific Ave for fire safety week.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062800000000003"
          ],
          "editableUntil" : "2026-02-13T23:43:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/fscmEx93GJ",
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
      "favorite_count" : "30",
      "id_str" : "1700062800000000003",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700062800000000003",
      "created_at" : "Fri Feb 13 22:43:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Oak Grove Regional Park! Gates open at 6 p.m. 🎉 More: https://t.co/fscmEx93GJ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062800000000004"
          ],
          "editableUntil" : "2026-02-16T21:57:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Kn1X9qVJE6",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "95",
              "118"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "6",
      "id_str" : "1700062800000000004",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700062800000000004",
      "created_at" : "Mon Feb 16 20:57:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at Señor Frog Taquería parking lot for fire safety week. More: https://t.co/Kn1X9qVJE6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062800000000005"
          ],
          "editableUntil" : "2026-02-17T22:12:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/rggfyjXxLN",
            "expanded_url" : "https://www.harborpoint.example.org/events",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "57",
      "id_str" : "1700062800000000005",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700062800000000005",
      "created_at" : "Tue Feb 17 21:12:20 +0000 2026",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Monday at Harbor Point Marina Green. More: https://t.co/rggfyjXxLN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062800000000006"
          ],
          "editableUntil" : "2026-02-24T23:10:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/FC2u6Xfwy4",
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
      "favorite_count" : "96",
      "id_str" : "1700062800000000006",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700062800000000006",
      "created_at" : "Tue Feb 24 22:10:53 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Weberstown Mall. More: https://t.co/FC2u6Xfwy4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062800000000007"
          ],
          "editableUntil" : "2026-02-26T23:22:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/3dzeeFtdlj",
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
      "favorite_count" : "71",
      "id_str" : "1700062800000000007",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700062800000000007",
      "created_at" : "Thu Feb 26 22:22:14 +0000 2026",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Friday at Victory Park. More: https://t.co/3dzeeFtdlj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062800000000008"
          ],
          "editableUntil" : "2026-02-27T20:15:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/TgD5hNh9pr",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
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
      "favorite_count" : "83",
      "id_str" : "1700062800000000008",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700062800000000008",
      "created_at" : "Fri Feb 27 19:15:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒 More: https://t.co/TgD5hNh9pr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062900000000001"
          ],
          "editableUntil" : "2026-03-04T18:18:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/NP3RBYTXZH",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
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
      "favorite_count" : "51",
      "id_str" : "1700062900000000001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700062900000000001",
      "created_at" : "Wed Mar 04 17:18:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at Café Lumière on Pacific Ave for fire safety week. More: https://t.co/NP3RBYTXZH",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062900000000002"
          ],
          "editableUntil" : "2026-03-12T02:54:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/K2dqEXUqcT",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
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
      "favorite_count" : "71",
      "id_str" : "1700062900000000002",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700062900000000002",
      "created_at" : "Thu Mar 12 01:54:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒 More: https://t.co/K2dqEXUqcT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062900000000003"
          ],
          "editableUntil" : "2026-03-16T16:43:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/FbFwkzs0JQ",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
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
      "favorite_count" : "57",
      "id_str" : "1700062900000000003",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700062900000000003",
      "created_at" : "Mon Mar 16 15:43:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒 More: https://t.co/FbFwkzs0JQ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062900000000004"
          ],
          "editableUntil" : "2026-03-18T17:13:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/vTgbCWzqyB",
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
      "favorite_count" : "13",
      "id_str" : "1700062900000000004",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700062900000000004",
      "created_at" : "Wed Mar 18 16:13:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Louis Park! Gates open at 6 p.m. 🎉 More: https://t.co/vTgbCWzqyB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700062900000000005"
          ],
          "editableUntil" : "2026-03-25T20:22:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/YP7pSQxRKK",
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
      "favorite_count" : "40",
      "id_str" : "1700062900000000005",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700062900000000005",
      "created_at" : "Wed Mar 25 19:22:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Harbor Point Marina Green! Gates open at 6 p.m. 🎉 More: https://t.co/YP7pSQxRKK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063000000000001"
          ],
          "editableUntil" : "2026-04-08T00:46:00.000Z",
          "editsRemaining" : "5",
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
        "88"
      ],
      "favorite_count" : "35",
      "id_str" : "1700063000000000001",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700063000000000001",
      "created_at" : "Tue Apr 07 23:46:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at Señor Frog Taquería parking lot for fire safety week.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063000000000002"
          ],
          "editableUntil" : "2026-04-14T21:46:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/sxWqF3Yrk3",
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
      "favorite_count" : "22",
      "id_str" : "1700063000000000002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700063000000000002",
      "created_at" : "Tue Apr 14 20:46:06 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at City Hall Plaza. More: https://t.co/sxWqF3Yrk3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063000000000003"
          ],
          "editableUntil" : "2026-04-21T00:01:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/z5oGpMExrj",
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
      "favorite_count" : "21",
      "id_str" : "1700063000000000003",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700063000000000003",
      "created_at" : "Mon Apr 20 23:01:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Main Library. More: https://t.co/z5oGpMExrj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063000000000004"
          ],
          "editableUntil" : "2026-04-21T21:35:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/vWznZ_oqL-",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "80",
              "103"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "39",
      "id_str" : "1700063000000000004",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700063000000000004",
      "created_at" : "Tue Apr 21 20:35:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at Civic Auditorium for fire safety week. More: https://t.co/vWznZ_oqL-",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063000000000005"
          ],
          "editableUntil" : "2026-04-29T01:31:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/k94ESq_USB",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
            "indices" : [
              "90",
              "113"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "19",
      "id_str" : "1700063000000000005",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700063000000000005",
      "created_at" : "Wed Apr 29 00:31:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at Civic Auditorium for fire safety week. (external link) https://t.co/k94ESq_USB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063100000000001"
          ],
          "editableUntil" : "2026-05-07T23:59:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/MqlbwxED2L",
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
      "favorite_count" : "19",
      "id_str" : "1700063100000000001",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700063100000000001",
      "created_at" : "Thu May 07 22:59:45 +0000 2026",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Monday at Victory Park. More: https://t.co/MqlbwxED2L",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063100000000002"
          ],
          "editableUntil" : "2026-05-14T19:35:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/N5rMOsmBBa",
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
      "favorite_count" : "12",
      "id_str" : "1700063100000000002",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700063100000000002",
      "created_at" : "Thu May 14 18:35:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Civic Auditorium. More: https://t.co/N5rMOsmBBa",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063100000000003"
          ],
          "editableUntil" : "2026-05-21T17:03:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/hV0OngVEvZ",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "96",
      "id_str" : "1700063100000000003",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700063100000000003",
      "created_at" : "Thu May 21 16:03:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. More: https://t.co/hV0OngVEvZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063100000000004"
          ],
          "editableUntil" : "2026-05-23T00:59:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/yNEx8xM9X-",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "78",
      "id_str" : "1700063100000000004",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700063100000000004",
      "created_at" : "Fri May 22 23:59:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. More: https://t.co/yNEx8xM9X-",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063100000000005"
          ],
          "editableUntil" : "2026-05-29T15:39:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/mBKcSX8pKn",
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
      "favorite_count" : "49",
      "id_str" : "1700063100000000005",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700063100000000005",
      "created_at" : "Fri May 29 14:39:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Oak Grove Regional Park! Gates open at 6 p.m. 🎉 More: https://t.co/mBKcSX8pKn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063100000000008"
          ],
          "editableUntil" : "2026-05-25T19:40:47.000Z",
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
        "166"
      ],
      "favorite_count" : "22",
      "id_str" : "1700063100000000008",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700063100000000008",
      "created_at" : "Mon May 25 18:40:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@aaliyah_ramirez0 Hi, thank you for reaching out. Please send the details to our service desk at https://www.harborpoint.example.org/connect and staff will follow up.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700063100000000007",
      "in_reply_to_status_id" : "1700063100000000007",
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
            "1700063100000000011"
          ],
          "editableUntil" : "2026-05-25T21:41:34.000Z",
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
            "name" : "Noah Tanaka",
            "screen_name" : "noah_tanaka104",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1400830799",
            "id" : "1400830799"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "19",
      "id_str" : "1700063100000000011",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700063100000000011",
      "created_at" : "Mon May 25 20:41:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@noah_tanaka104 Good question. The work is planned to finish by the end of the month.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700063100000000010",
      "in_reply_to_status_id" : "1700063100000000010",
      "in_reply_to_user_id_str" : "1400830799",
      "in_reply_to_user_id" : "1400830799",
      "in_reply_to_screen_name" : "noah_tanaka104"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063200000000001"
          ],
          "editableUntil" : "2026-06-01T17:53:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ABH3wzBCD8",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "22",
      "id_str" : "1700063200000000001",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700063200000000001",
      "created_at" : "Mon Jun 01 16:53:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. More: https://t.co/ABH3wzBCD8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063200000000002"
          ],
          "editableUntil" : "2026-06-08T16:22:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/UW4UzycfGF",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
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
      "favorite_count" : "41",
      "id_str" : "1700063200000000002",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700063200000000002",
      "created_at" : "Mon Jun 08 15:22:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at Café Lumière on Pacific Ave for fire safety week. More: https://t.co/UW4UzycfGF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063200000000003"
          ],
          "editableUntil" : "2026-06-15T19:58:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/siPayx3Pht",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
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
      "favorite_count" : "8",
      "id_str" : "1700063200000000003",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700063200000000003",
      "created_at" : "Mon Jun 15 18:58:06 +0000 2026",
      "favorited" : false,
      "full_text" : "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒 More: https://t.co/siPayx3Pht",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063200000000004"
          ],
          "editableUntil" : "2026-06-17T22:56:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/D1TdTyxlJl",
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
      "favorite_count" : "25",
      "id_str" : "1700063200000000004",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700063200000000004",
      "created_at" : "Wed Jun 17 21:56:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒 (external link) https://t.co/D1TdTyxlJl",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063200000000005"
          ],
          "editableUntil" : "2026-06-24T20:58:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/zYE80AJ_iR",
            "expanded_url" : "https://www.harborpoint.example.org/events",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "49",
      "id_str" : "1700063200000000005",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700063200000000005",
      "created_at" : "Wed Jun 24 19:58:53 +0000 2026",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Monday at Harbor Point Marina Green. More: https://t.co/zYE80AJ_iR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063200000000006"
          ],
          "editableUntil" : "2026-06-30T01:16:52.000Z",
          "editsRemaining" : "5",
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
        "71"
      ],
      "favorite_count" : "23",
      "id_str" : "1700063200000000006",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700063200000000006",
      "created_at" : "Tue Jun 30 00:16:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063200000000007"
          ],
          "editableUntil" : "2026-06-30T19:03:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/RrTA4-i31_",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
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
      "favorite_count" : "14",
      "id_str" : "1700063200000000007",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700063200000000007",
      "created_at" : "Tue Jun 30 18:03:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at Weberstown Mall for fire safety week. More: https://t.co/RrTA4-i31_",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063300000000002"
          ],
          "editableUntil" : "2026-07-04T15:37:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/I4Coml94E3",
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
      "favorite_count" : "3",
      "id_str" : "1700063300000000002",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700063300000000002",
      "created_at" : "Sat Jul 04 14:37:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Señor Frog Taquería parking lot. (external link) https://t.co/I4Coml94E3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063300000000001"
          ],
          "editableUntil" : "2026-07-04T20:02:36.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "43",
      "id_str" : "1700063300000000001",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700063300000000001",
      "created_at" : "Sat Jul 04 19:02:36 +0000 2026",
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
            "1700063300000000003"
          ],
          "editableUntil" : "2026-07-13T16:48:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/hYMqMgCyLz",
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
      "favorite_count" : "73",
      "id_str" : "1700063300000000003",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700063300000000003",
      "created_at" : "Mon Jul 13 15:48:35 +0000 2026",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Monday at Victory Park. More: https://t.co/hYMqMgCyLz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063300000000004"
          ],
          "editableUntil" : "2026-07-20T20:51:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/u0hHN4u9uh",
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
      "favorite_count" : "77",
      "id_str" : "1700063300000000004",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700063300000000004",
      "created_at" : "Mon Jul 20 19:51:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at City Hall Plaza. More: https://t.co/u0hHN4u9uh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063300000000005"
          ],
          "editableUntil" : "2026-07-24T01:04:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/z4I7oqL1ue",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "62",
      "id_str" : "1700063300000000005",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700063300000000005",
      "created_at" : "Fri Jul 24 00:04:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. More: https://t.co/z4I7oqL1ue",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063300000000006"
          ],
          "editableUntil" : "2026-07-30T20:19:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Wj7k6X0kxV",
            "expanded_url" : "https://www.sjcog.example.com/regional-plan",
            "display_url" : "www.sjcog.example.com/reg…",
            "indices" : [
              "95",
              "118"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "28",
      "id_str" : "1700063300000000006",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700063300000000006",
      "created_at" : "Thu Jul 30 19:19:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Café Lumière on Pacific Ave. (external link) https://t.co/Wj7k6X0kxV",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063400000000001"
          ],
          "editableUntil" : "2026-08-07T15:49:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/3r2-FUH60t",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "94",
      "id_str" : "1700063400000000001",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700063400000000001",
      "created_at" : "Fri Aug 07 14:49:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. More: https://t.co/3r2-FUH60t",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063400000000002"
          ],
          "editableUntil" : "2026-08-13T22:11:08.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "41",
      "id_str" : "1700063400000000002",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700063400000000002",
      "created_at" : "Thu Aug 13 21:11:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063400000000003"
          ],
          "editableUntil" : "2026-08-21T01:24:01.000Z",
          "editsRemaining" : "5",
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
        "71"
      ],
      "favorite_count" : "73",
      "id_str" : "1700063400000000003",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700063400000000003",
      "created_at" : "Fri Aug 21 00:24:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063400000000004"
          ],
          "editableUntil" : "2026-08-24T22:50:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ND1agnL56q",
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
      "favorite_count" : "15",
      "id_str" : "1700063400000000004",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700063400000000004",
      "created_at" : "Mon Aug 24 21:50:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Harbor Point Marina Green! Gates open at 6 p.m. 🎉 More: https://t.co/ND1agnL56q",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063400000000005"
          ],
          "editableUntil" : "2026-08-31T19:35:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/VozZGXnqyK",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
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
      "favorite_count" : "18",
      "id_str" : "1700063400000000005",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700063400000000005",
      "created_at" : "Mon Aug 31 18:35:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒 More: https://t.co/VozZGXnqyK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063400000000007"
          ],
          "editableUntil" : "2026-08-10T16:36:27.000Z",
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
        "82"
      ],
      "favorite_count" : "6",
      "id_str" : "1700063400000000007",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700063400000000007",
      "created_at" : "Mon Aug 10 15:36:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@minh_tanaka4 Thanks for letting us know. We have shared this with the department.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700063400000000006",
      "in_reply_to_status_id" : "1700063400000000006",
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
            "1700063500000000001"
          ],
          "editableUntil" : "2026-09-07T16:53:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/I4N5iVTydq",
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
      "favorite_count" : "8",
      "id_str" : "1700063500000000001",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700063500000000001",
      "created_at" : "Mon Sep 07 15:53:06 +0000 2026",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Oak Grove Regional Park! Gates open at 6 p.m. 🎉 More: https://t.co/I4N5iVTydq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063500000000002"
          ],
          "editableUntil" : "2026-09-14T23:32:21.000Z",
          "editsRemaining" : "5",
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
        "78"
      ],
      "favorite_count" : "50",
      "id_str" : "1700063500000000002",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700063500000000002",
      "created_at" : "Mon Sep 14 22:32:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Café Lumière on Pacific Ave.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063500000000003"
          ],
          "editableUntil" : "2026-09-21T19:43:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/gLVEnhA_Nc",
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
      "favorite_count" : "56",
      "id_str" : "1700063500000000003",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700063500000000003",
      "created_at" : "Mon Sep 21 18:43:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Civic Auditorium. More: https://t.co/gLVEnhA_Nc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700063500000000004"
          ],
          "editableUntil" : "2026-09-29T01:01:05.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "12",
      "id_str" : "1700063500000000004",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700063500000000004",
      "created_at" : "Tue Sep 29 00:01:05 +0000 2026",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Friday at Victory Park.",
      "lang" : "en"
    }
  }
]
