window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060390000000001"
          ],
          "editableUntil" : "2024-01-22T19:15:00.000Z",
          "editsRemaining" : "5",
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
        "74"
      ],
      "favorite_count" : "25",
      "id_str" : "1700060390000000001",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700060390000000001",
      "created_at" : "Mon Jan 22 18:15:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Testing our new account before launch. Follow for Harbor Point Fire news 🚒",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060400000000001"
          ],
          "editableUntil" : "2024-02-07T17:30:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/_1uilmRMu1",
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
      "favorite_count" : "58",
      "id_str" : "1700060400000000001",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700060400000000001",
      "created_at" : "Wed Feb 07 16:30:15 +0000 2024",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. More: https://t.co/_1uilmRMu1",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060400000000002"
          ],
          "editableUntil" : "2024-02-14T16:37:58.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "76",
      "id_str" : "1700060400000000002",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700060400000000002",
      "created_at" : "Wed Feb 14 15:37:58 +0000 2024",
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
            "1700060400000000003"
          ],
          "editableUntil" : "2024-02-20T19:23:09.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "53",
      "id_str" : "1700060400000000003",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700060400000000003",
      "created_at" : "Tue Feb 20 18:23:09 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at City Hall Plaza.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060400000000004"
          ],
          "editableUntil" : "2024-02-27T02:33:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/WVeIhztQlc",
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
      "favorite_count" : "47",
      "id_str" : "1700060400000000004",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700060400000000004",
      "created_at" : "Tue Feb 27 01:33:43 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Civic Auditorium. More: https://t.co/WVeIhztQlc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060500000000001"
          ],
          "editableUntil" : "2024-03-08T00:41:28.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "81",
      "id_str" : "1700060500000000001",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700060500000000001",
      "created_at" : "Thu Mar 07 23:41:28 +0000 2024",
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
            "1700060500000000002"
          ],
          "editableUntil" : "2024-03-14T23:22:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/7T7p2M7hXI",
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
      "favorite_count" : "34",
      "id_str" : "1700060500000000002",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700060500000000002",
      "created_at" : "Thu Mar 14 22:22:12 +0000 2024",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Victory Park! Gates open at 6 p.m. 🎉 More: https://t.co/7T7p2M7hXI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060500000000003"
          ],
          "editableUntil" : "2024-03-21T19:40:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/aRar4p5JbG",
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
      "favorite_count" : "52",
      "id_str" : "1700060500000000003",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700060500000000003",
      "created_at" : "Thu Mar 21 18:40:52 +0000 2024",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Parque Las Palmas! Gates open at 6 p.m. 🎉 More: https://t.co/aRar4p5JbG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060500000000004"
          ],
          "editableUntil" : "2024-03-28T19:20:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/uFUISCqUKL",
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
      "favorite_count" : "74",
      "id_str" : "1700060500000000004",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700060500000000004",
      "created_at" : "Thu Mar 28 18:20:19 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Civic Auditorium. More: https://t.co/uFUISCqUKL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060600000000001"
          ],
          "editableUntil" : "2024-04-08T16:09:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/jd2HN1XD2s",
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
      "favorite_count" : "51",
      "id_str" : "1700060600000000001",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700060600000000001",
      "created_at" : "Mon Apr 08 15:09:59 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at City Hall Plaza. More: https://t.co/jd2HN1XD2s",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060600000000002"
          ],
          "editableUntil" : "2024-04-10T15:36:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/R8-Qy52vNz",
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
      "favorite_count" : "66",
      "id_str" : "1700060600000000002",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700060600000000002",
      "created_at" : "Wed Apr 10 14:36:52 +0000 2024",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. More: https://t.co/R8-Qy52vNz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060600000000003"
          ],
          "editableUntil" : "2024-04-15T22:22:53.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "18",
      "id_str" : "1700060600000000003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700060600000000003",
      "created_at" : "Mon Apr 15 21:22:53 +0000 2024",
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
            "1700060600000000004"
          ],
          "editableUntil" : "2024-04-22T16:15:27.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "46",
      "id_str" : "1700060600000000004",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700060600000000004",
      "created_at" : "Mon Apr 22 15:15:27 +0000 2024",
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
            "1700060600000000005"
          ],
          "editableUntil" : "2024-04-29T21:02:27.000Z",
          "editsRemaining" : "5",
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
        "77"
      ],
      "favorite_count" : "66",
      "id_str" : "1700060600000000005",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700060600000000005",
      "created_at" : "Mon Apr 29 20:02:27 +0000 2024",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Wednesday at Oak Grove Regional Park.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060600000000006"
          ],
          "editableUntil" : "2024-04-30T22:50:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/SJEDP95rGM",
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
      "favorite_count" : "10",
      "id_str" : "1700060600000000006",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700060600000000006",
      "created_at" : "Tue Apr 30 21:50:58 +0000 2024",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. (external link) https://t.co/SJEDP95rGM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060700000000001"
          ],
          "editableUntil" : "2024-05-07T18:26:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/KpptHJk_Vg",
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
      "favorite_count" : "23",
      "id_str" : "1700060700000000001",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700060700000000001",
      "created_at" : "Tue May 07 17:26:08 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Main Library. More: https://t.co/KpptHJk_Vg",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060700000000002"
          ],
          "editableUntil" : "2024-05-09T00:12:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/iY_fDSf2dD",
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
      "favorite_count" : "53",
      "id_str" : "1700060700000000002",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700060700000000002",
      "created_at" : "Wed May 08 23:12:04 +0000 2024",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at Señor Frog Taquería parking lot for fire safety week. More: https://t.co/iY_fDSf2dD",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060700000000003"
          ],
          "editableUntil" : "2024-05-16T01:42:31.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "94",
      "id_str" : "1700060700000000003",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700060700000000003",
      "created_at" : "Thu May 16 00:42:31 +0000 2024",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Monday at McKinley Park.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060700000000004"
          ],
          "editableUntil" : "2024-05-17T00:53:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/SRgsPvuK8s",
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
      "favorite_count" : "49",
      "id_str" : "1700060700000000004",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700060700000000004",
      "created_at" : "Thu May 16 23:53:25 +0000 2024",
      "favorited" : false,
      "full_text" : "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒 More: https://t.co/SRgsPvuK8s",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060700000000005"
          ],
          "editableUntil" : "2024-05-23T16:13:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/8Zfe6D-uUR",
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
      "favorite_count" : "55",
      "id_str" : "1700060700000000005",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700060700000000005",
      "created_at" : "Thu May 23 15:13:28 +0000 2024",
      "favorited" : false,
      "full_text" : "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒 More: https://t.co/8Zfe6D-uUR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060700000000006"
          ],
          "editableUntil" : "2024-05-27T15:53:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/pAHbQu5Bdw",
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
      "favorite_count" : "69",
      "id_str" : "1700060700000000006",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700060700000000006",
      "created_at" : "Mon May 27 14:53:09 +0000 2024",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at Weberstown Mall for fire safety week. More: https://t.co/pAHbQu5Bdw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060800000000001"
          ],
          "editableUntil" : "2024-06-07T21:57:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/pOOgOmuBrf",
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
      "favorite_count" : "73",
      "id_str" : "1700060800000000001",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700060800000000001",
      "created_at" : "Fri Jun 07 20:57:03 +0000 2024",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. More: https://t.co/pOOgOmuBrf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060800000000002"
          ],
          "editableUntil" : "2024-06-12T20:21:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/rMRsyaBhhq",
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
      "favorite_count" : "71",
      "id_str" : "1700060800000000002",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700060800000000002",
      "created_at" : "Wed Jun 12 19:21:51 +0000 2024",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Harbor Point Marina Green! Gates open at 6 p.m. 🎉 (external link) https://t.co/rMRsyaBhhq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060800000000003"
          ],
          "editableUntil" : "2024-06-18T00:27:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/z7B71ojQmC",
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
      "favorite_count" : "61",
      "id_str" : "1700060800000000003",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700060800000000003",
      "created_at" : "Mon Jun 17 23:27:59 +0000 2024",
      "favorited" : false,
      "full_text" : "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒 More: https://t.co/z7B71ojQmC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060800000000004"
          ],
          "editableUntil" : "2024-06-24T21:05:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/z-wrsmOe4d",
            "expanded_url" : "https://www.sjcog.example.com/regional-plan",
            "display_url" : "www.sjcog.example.com/reg…",
            "indices" : [
              "105",
              "128"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "7",
      "id_str" : "1700060800000000004",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700060800000000004",
      "created_at" : "Mon Jun 24 20:05:58 +0000 2024",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at Señor Frog Taquería parking lot for fire safety week. (external link) https://t.co/z-wrsmOe4d",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060900000000001"
          ],
          "editableUntil" : "2024-07-01T20:57:51.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "60",
      "id_str" : "1700060900000000001",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700060900000000001",
      "created_at" : "Mon Jul 01 19:57:51 +0000 2024",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Thursday at Oak Grove Regional Park.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060900000000002"
          ],
          "editableUntil" : "2024-07-03T23:19:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/p4VRWRZzqz",
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
      "favorite_count" : "65",
      "id_str" : "1700060900000000002",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700060900000000002",
      "created_at" : "Wed Jul 03 22:19:16 +0000 2024",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at Señor Frog Taquería parking lot for fire safety week. More: https://t.co/p4VRWRZzqz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060900000000004"
          ],
          "editableUntil" : "2024-07-04T16:13:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/_3ykkQDh9P",
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
      "favorite_count" : "2",
      "id_str" : "1700060900000000004",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700060900000000004",
      "created_at" : "Thu Jul 04 15:13:39 +0000 2024",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at Civic Auditorium for fire safety week. More: https://t.co/_3ykkQDh9P",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060900000000003"
          ],
          "editableUntil" : "2024-07-04T22:09:21.000Z",
          "editsRemaining" : "5",
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
        "72"
      ],
      "favorite_count" : "72",
      "id_str" : "1700060900000000003",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700060900000000003",
      "created_at" : "Thu Jul 04 21:09:21 +0000 2024",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at City Hall Plaza for fire safety week.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060900000000005"
          ],
          "editableUntil" : "2024-07-12T01:10:46.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "70",
      "id_str" : "1700060900000000005",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700060900000000005",
      "created_at" : "Fri Jul 12 00:10:46 +0000 2024",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Monday at McKinley Park.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060900000000006"
          ],
          "editableUntil" : "2024-07-17T01:03:59.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "23",
      "id_str" : "1700060900000000006",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700060900000000006",
      "created_at" : "Wed Jul 17 00:03:59 +0000 2024",
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
            "1700060900000000007"
          ],
          "editableUntil" : "2024-07-23T19:50:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/YrsCZXGjOB",
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
      "favorite_count" : "17",
      "id_str" : "1700060900000000007",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700060900000000007",
      "created_at" : "Tue Jul 23 18:50:39 +0000 2024",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at Weberstown Mall for fire safety week. More: https://t.co/YrsCZXGjOB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700060900000000008"
          ],
          "editableUntil" : "2024-07-24T22:30:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/TeTWaSdo_3",
            "expanded_url" : "https://www.harborpoint.example.org/events",
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
      "favorite_count" : "81",
      "id_str" : "1700060900000000008",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700060900000000008",
      "created_at" : "Wed Jul 24 21:30:31 +0000 2024",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Tuesday at Louis Park. More: https://t.co/TeTWaSdo_3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061000000000001"
          ],
          "editableUntil" : "2024-08-07T00:57:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/xgoeVpRfS9",
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
      "favorite_count" : "88",
      "id_str" : "1700061000000000001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700061000000000001",
      "created_at" : "Tue Aug 06 23:57:17 +0000 2024",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at Café Lumière on Pacific Ave for fire safety week. More: https://t.co/xgoeVpRfS9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061000000000002"
          ],
          "editableUntil" : "2024-08-07T17:25:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/NzWnYV0zdk",
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
      "id_str" : "1700061000000000002",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700061000000000002",
      "created_at" : "Wed Aug 07 16:25:26 +0000 2024",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. More: https://t.co/NzWnYV0zdk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061000000000003"
          ],
          "editableUntil" : "2024-08-08T23:47:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/AKl636CAOO",
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
      "favorite_count" : "96",
      "id_str" : "1700061000000000003",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700061000000000003",
      "created_at" : "Thu Aug 08 22:47:24 +0000 2024",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Victory Park! Gates open at 6 p.m. 🎉 More: https://t.co/AKl636CAOO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061000000000004"
          ],
          "editableUntil" : "2024-08-09T17:11:08.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "81",
      "id_str" : "1700061000000000004",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700061000000000004",
      "created_at" : "Fri Aug 09 16:11:08 +0000 2024",
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
            "1700061000000000005"
          ],
          "editableUntil" : "2024-08-12T23:07:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/0eHMq9D7wn",
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
      "favorite_count" : "40",
      "id_str" : "1700061000000000005",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700061000000000005",
      "created_at" : "Mon Aug 12 22:07:06 +0000 2024",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. More: https://t.co/0eHMq9D7wn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061000000000006"
          ],
          "editableUntil" : "2024-08-13T21:51:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/GRNGJYrmTd",
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
      "favorite_count" : "28",
      "id_str" : "1700061000000000006",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700061000000000006",
      "created_at" : "Tue Aug 13 20:51:59 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Señor Frog Taquería parking lot. More: https://t.co/GRNGJYrmTd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061000000000007"
          ],
          "editableUntil" : "2024-08-21T00:42:10.000Z",
          "editsRemaining" : "5",
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
        "72"
      ],
      "favorite_count" : "15",
      "id_str" : "1700061000000000007",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700061000000000007",
      "created_at" : "Tue Aug 20 23:42:10 +0000 2024",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at City Hall Plaza for fire safety week.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061000000000008"
          ],
          "editableUntil" : "2024-08-22T21:47:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/yerDU6brWy",
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
      "favorite_count" : "44",
      "id_str" : "1700061000000000008",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700061000000000008",
      "created_at" : "Thu Aug 22 20:47:39 +0000 2024",
      "favorited" : false,
      "full_text" : "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒 More: https://t.co/yerDU6brWy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061000000000009"
          ],
          "editableUntil" : "2024-08-29T19:52:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/g-H5ZgSdE_",
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
      "favorite_count" : "41",
      "id_str" : "1700061000000000009",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700061000000000009",
      "created_at" : "Thu Aug 29 18:52:51 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Main Library. More: https://t.co/g-H5ZgSdE_",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061100000000001"
          ],
          "editableUntil" : "2024-09-09T21:23:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/JeGusRwXpM",
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
      "id_str" : "1700061100000000001",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700061100000000001",
      "created_at" : "Mon Sep 09 20:23:33 +0000 2024",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. More: https://t.co/JeGusRwXpM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061100000000002"
          ],
          "editableUntil" : "2024-09-11T20:21:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Pzt0qIFcJm",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
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
      "favorite_count" : "44",
      "id_str" : "1700061100000000002",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700061100000000002",
      "created_at" : "Wed Sep 11 19:21:26 +0000 2024",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at Café Lumière on Pacific Ave for fire safety week. (external link) https://t.co/Pzt0qIFcJm",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061100000000003"
          ],
          "editableUntil" : "2024-09-18T22:31:48.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "68",
      "id_str" : "1700061100000000003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700061100000000003",
      "created_at" : "Wed Sep 18 21:31:48 +0000 2024",
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
            "1700061100000000004"
          ],
          "editableUntil" : "2024-09-23T19:44:57.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "75",
      "id_str" : "1700061100000000004",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700061100000000004",
      "created_at" : "Mon Sep 23 18:44:57 +0000 2024",
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
            "1700061100000000005"
          ],
          "editableUntil" : "2024-09-30T20:48:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/U7uHbDW43h",
            "expanded_url" : "https://www.harborpoint.example.org/events",
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
      "favorite_count" : "85",
      "id_str" : "1700061100000000005",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700061100000000005",
      "created_at" : "Mon Sep 30 19:48:28 +0000 2024",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Monday at Parque Las Palmas. More: https://t.co/U7uHbDW43h",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061200000000001"
          ],
          "editableUntil" : "2024-10-01T20:36:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/_VLPALZILe",
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
      "favorite_count" : "87",
      "id_str" : "1700061200000000001",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700061200000000001",
      "created_at" : "Tue Oct 01 19:36:55 +0000 2024",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Thursday at Victory Park. More: https://t.co/_VLPALZILe",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061200000000002"
          ],
          "editableUntil" : "2024-10-08T21:42:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/7jsuTPYrFM",
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
      "favorite_count" : "64",
      "id_str" : "1700061200000000002",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700061200000000002",
      "created_at" : "Tue Oct 08 20:42:48 +0000 2024",
      "favorited" : false,
      "full_text" : "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒 More: https://t.co/7jsuTPYrFM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061200000000003"
          ],
          "editableUntil" : "2024-10-16T00:13:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/jVbTu5isBO",
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
      "favorite_count" : "38",
      "id_str" : "1700061200000000003",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700061200000000003",
      "created_at" : "Tue Oct 15 23:13:54 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Weberstown Mall. More: https://t.co/jVbTu5isBO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061200000000004"
          ],
          "editableUntil" : "2024-10-22T21:38:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/zgP6Y0QaTI",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
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
      "id_str" : "1700061200000000004",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700061200000000004",
      "created_at" : "Tue Oct 22 20:38:52 +0000 2024",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at Main Library for fire safety week. More: https://t.co/zgP6Y0QaTI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061200000000005"
          ],
          "editableUntil" : "2024-10-25T01:47:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/5LRCSUtqc0",
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
      "favorite_count" : "69",
      "id_str" : "1700061200000000005",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700061200000000005",
      "created_at" : "Fri Oct 25 00:47:51 +0000 2024",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. More: https://t.co/5LRCSUtqc0",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061200000000006"
          ],
          "editableUntil" : "2024-10-28T19:59:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/eiNBAvjMf6",
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
      "favorite_count" : "56",
      "id_str" : "1700061200000000006",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700061200000000006",
      "created_at" : "Mon Oct 28 18:59:29 +0000 2024",
      "favorited" : false,
      "full_text" : "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒 More: https://t.co/eiNBAvjMf6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061300000000001"
          ],
          "editableUntil" : "2024-11-04T16:27:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/OXLVKlyJZR",
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
      "favorite_count" : "40",
      "id_str" : "1700061300000000001",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700061300000000001",
      "created_at" : "Mon Nov 04 15:27:41 +0000 2024",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. More: https://t.co/OXLVKlyJZR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061300000000002"
          ],
          "editableUntil" : "2024-11-06T20:14:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/gosEWeDXbq",
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
      "favorite_count" : "60",
      "id_str" : "1700061300000000002",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700061300000000002",
      "created_at" : "Wed Nov 06 19:14:38 +0000 2024",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to McKinley Park! Gates open at 6 p.m. 🎉 More: https://t.co/gosEWeDXbq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061300000000003"
          ],
          "editableUntil" : "2024-11-13T19:57:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/oXbPiH_jWf",
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
      "favorite_count" : "9",
      "id_str" : "1700061300000000003",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700061300000000003",
      "created_at" : "Wed Nov 13 18:57:24 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Café Lumière on Pacific Ave. More: https://t.co/oXbPiH_jWf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061300000000004"
          ],
          "editableUntil" : "2024-11-20T19:19:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/bXoR3mT99j",
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
      "favorite_count" : "68",
      "id_str" : "1700061300000000004",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700061300000000004",
      "created_at" : "Wed Nov 20 18:19:28 +0000 2024",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Thursday at Parque Las Palmas. More: https://t.co/bXoR3mT99j",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061300000000005"
          ],
          "editableUntil" : "2024-11-21T19:20:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/d2QJPhZ8UL",
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
      "favorite_count" : "17",
      "id_str" : "1700061300000000005",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700061300000000005",
      "created_at" : "Thu Nov 21 18:20:37 +0000 2024",
      "favorited" : false,
      "full_text" : "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒 More: https://t.co/d2QJPhZ8UL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061300000000006"
          ],
          "editableUntil" : "2024-11-28T16:57:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Af_W6-p7Gu",
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
      "favorite_count" : "91",
      "id_str" : "1700061300000000006",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700061300000000006",
      "created_at" : "Thu Nov 28 15:57:11 +0000 2024",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. More: https://t.co/Af_W6-p7Gu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061300000000009"
          ],
          "editableUntil" : "2024-11-21T18:28:58.000Z",
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
            "name" : "Jun Park",
            "screen_name" : "jun_park19",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1400155862",
            "id" : "1400155862"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "36",
      "id_str" : "1700061300000000009",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700061300000000009",
      "created_at" : "Thu Nov 21 17:28:58 +0000 2024",
      "favorited" : false,
      "full_text" : "@jun_park19 Good question. The work is planned to finish by the end of the month.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700061300000000008",
      "in_reply_to_status_id" : "1700061300000000008",
      "in_reply_to_user_id_str" : "1400155862",
      "in_reply_to_user_id" : "1400155862",
      "in_reply_to_screen_name" : "jun_park19"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061400000000001"
          ],
          "editableUntil" : "2024-12-09T23:42:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ajJNMFia8t",
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
      "favorite_count" : "2",
      "id_str" : "1700061400000000001",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700061400000000001",
      "created_at" : "Mon Dec 09 22:42:10 +0000 2024",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at Weberstown Mall for fire safety week. More: https://t.co/ajJNMFia8t",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061400000000002"
          ],
          "editableUntil" : "2024-12-16T22:55:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/pjCa8UjxJ-",
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
      "favorite_count" : "54",
      "id_str" : "1700061400000000002",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700061400000000002",
      "created_at" : "Mon Dec 16 21:55:48 +0000 2024",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. More: https://t.co/pjCa8UjxJ-",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061400000000003"
          ],
          "editableUntil" : "2024-12-17T18:08:23.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "46",
      "id_str" : "1700061400000000003",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700061400000000003",
      "created_at" : "Tue Dec 17 17:08:23 +0000 2024",
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
            "1700061400000000004"
          ],
          "editableUntil" : "2024-12-24T22:24:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/hdJJSe9_Jf",
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
      "favorite_count" : "84",
      "id_str" : "1700061400000000004",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700061400000000004",
      "created_at" : "Tue Dec 24 21:24:45 +0000 2024",
      "favorited" : false,
      "full_text" : "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒 More: https://t.co/hdJJSe9_Jf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061400000000005"
          ],
          "editableUntil" : "2024-12-31T21:41:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/VOqWaWiGxI",
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
      "favorite_count" : "79",
      "id_str" : "1700061400000000005",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700061400000000005",
      "created_at" : "Tue Dec 31 20:41:03 +0000 2024",
      "favorited" : false,
      "full_text" : "Fire season is here. Clear dry brush at least 30 feet from your home. 🚒 More: https://t.co/VOqWaWiGxI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061400000000009"
          ],
          "editableUntil" : "2024-12-24T23:57:24.000Z",
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
            "name" : "Leilani da Silva",
            "screen_name" : "leilani_dasilva59",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "1400475065",
            "id" : "1400475065"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "42",
      "id_str" : "1700061400000000009",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700061400000000009",
      "created_at" : "Tue Dec 24 22:57:24 +0000 2024",
      "favorited" : false,
      "full_text" : "@leilani_dasilva59 Thanks for letting us know. We have shared this with the department.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700061400000000008",
      "in_reply_to_status_id" : "1700061400000000008",
      "in_reply_to_user_id_str" : "1400475065",
      "in_reply_to_user_id" : "1400475065",
      "in_reply_to_screen_name" : "leilani_dasilva59"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061500000000001"
          ],
          "editableUntil" : "2025-01-03T19:22:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/3EdQgS7C1Y",
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
      "favorite_count" : "94",
      "id_str" : "1700061500000000001",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700061500000000001",
      "created_at" : "Fri Jan 03 18:22:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Victory Park! Gates open at 6 p.m. 🎉 More: https://t.co/3EdQgS7C1Y",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061500000000002"
          ],
          "editableUntil" : "2025-01-11T00:56:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/bX7iqfj6al",
            "expanded_url" : "https://www.harborpoint.example.org/fire",
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
      "favorite_count" : "89",
      "id_str" : "1700061500000000002",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700061500000000002",
      "created_at" : "Fri Jan 10 23:56:43 +0000 2025",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at Main Library for fire safety week. More: https://t.co/bX7iqfj6al",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061500000000003"
          ],
          "editableUntil" : "2025-01-18T02:16:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/-V9n5H8TnI",
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
      "favorite_count" : "61",
      "id_str" : "1700061500000000003",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700061500000000003",
      "created_at" : "Sat Jan 18 01:16:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Oak Grove Regional Park! Gates open at 6 p.m. 🎉 More: https://t.co/-V9n5H8TnI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061500000000004"
          ],
          "editableUntil" : "2025-01-24T18:34:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/S15927Hg32",
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
      "favorite_count" : "57",
      "id_str" : "1700061500000000004",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700061500000000004",
      "created_at" : "Fri Jan 24 17:34:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Louis Park! Gates open at 6 p.m. 🎉 More: https://t.co/S15927Hg32",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061500000000005"
          ],
          "editableUntil" : "2025-01-30T02:46:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/NRa24OL3f5",
            "expanded_url" : "https://www.harborpoint.example.org/events",
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
      "favorite_count" : "38",
      "id_str" : "1700061500000000005",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700061500000000005",
      "created_at" : "Thu Jan 30 01:46:24 +0000 2025",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Friday at McKinley Park. More: https://t.co/NRa24OL3f5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061500000000006"
          ],
          "editableUntil" : "2025-01-30T22:24:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/W8WW_1lboM",
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
      "id_str" : "1700061500000000006",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700061500000000006",
      "created_at" : "Thu Jan 30 21:24:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. More: https://t.co/W8WW_1lboM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061600000000001"
          ],
          "editableUntil" : "2025-02-08T02:36:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/x1WDWorGXM",
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
      "favorite_count" : "52",
      "id_str" : "1700061600000000001",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700061600000000001",
      "created_at" : "Sat Feb 08 01:36:45 +0000 2025",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Harbor Point Marina Green! Gates open at 6 p.m. 🎉 More: https://t.co/x1WDWorGXM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061600000000002"
          ],
          "editableUntil" : "2025-02-15T02:09:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/SlWuD_OHsH",
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
      "favorite_count" : "71",
      "id_str" : "1700061600000000002",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700061600000000002",
      "created_at" : "Sat Feb 15 01:09:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Harbor Point Marina Green! Gates open at 6 p.m. 🎉 More: https://t.co/SlWuD_OHsH",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061600000000003"
          ],
          "editableUntil" : "2025-02-22T01:52:01.000Z",
          "editsRemaining" : "5",
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
        "72"
      ],
      "favorite_count" : "47",
      "id_str" : "1700061600000000003",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700061600000000003",
      "created_at" : "Sat Feb 22 00:52:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at Weberstown Mall for fire safety week.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061600000000004"
          ],
          "editableUntil" : "2025-03-01T02:31:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/wnX5D2-c47",
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
      "favorite_count" : "50",
      "id_str" : "1700061600000000004",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700061600000000004",
      "created_at" : "Sat Mar 01 01:31:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. More: https://t.co/wnX5D2-c47",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061700000000001"
          ],
          "editableUntil" : "2025-03-07T22:09:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Ygw0K4nXf9",
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
      "favorite_count" : "44",
      "id_str" : "1700061700000000001",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700061700000000001",
      "created_at" : "Fri Mar 07 21:09:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Victory Park! Gates open at 6 p.m. 🎉 More: https://t.co/Ygw0K4nXf9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061700000000002"
          ],
          "editableUntil" : "2025-03-11T02:28:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/sV-X6Y91oT",
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
      "favorite_count" : "45",
      "id_str" : "1700061700000000002",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700061700000000002",
      "created_at" : "Tue Mar 11 01:28:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Test your smoke alarms when you change your clocks. (external link) https://t.co/sV-X6Y91oT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061700000000003"
          ],
          "editableUntil" : "2025-03-17T23:08:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/dtisbSVOpG",
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
      "favorite_count" : "94",
      "id_str" : "1700061700000000003",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700061700000000003",
      "created_at" : "Mon Mar 17 22:08:58 +0000 2025",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Friday at Harbor Point Marina Green. More: https://t.co/dtisbSVOpG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061700000000004"
          ],
          "editableUntil" : "2025-03-19T02:44:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/cPY0SO7QvF",
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
      "id_str" : "1700061700000000004",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700061700000000004",
      "created_at" : "Wed Mar 19 01:44:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Victory Park! Gates open at 6 p.m. 🎉 More: https://t.co/cPY0SO7QvF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061700000000005"
          ],
          "editableUntil" : "2025-03-25T20:36:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/bCn860EF1V",
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
      "favorite_count" : "78",
      "id_str" : "1700061700000000005",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700061700000000005",
      "created_at" : "Tue Mar 25 19:36:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Engine 7 crews visited students at City Hall Plaza for fire safety week. More: https://t.co/bCn860EF1V",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061700000000007"
          ],
          "editableUntil" : "2025-03-10T17:27:00.000Z",
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
            "name" : "Nora Cohen",
            "screen_name" : "nora_cohen26",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1400210725",
            "id" : "1400210725"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "36",
      "id_str" : "1700061700000000007",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700061700000000007",
      "created_at" : "Mon Mar 10 16:27:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@nora_cohen26 Good question. The work is planned to finish by the end of the month.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700061700000000006",
      "in_reply_to_status_id" : "1700061700000000006",
      "in_reply_to_user_id_str" : "1400210725",
      "in_reply_to_user_id" : "1400210725",
      "in_reply_to_screen_name" : "nora_cohen26"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700061790000000001"
          ],
          "editableUntil" : "2025-03-18T17:00:00.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "37",
      "id_str" : "1700061790000000001",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700061790000000001",
      "created_at" : "Tue Mar 18 16:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Weekly city update: what is happening this week. More: https://www.harborpoint.example.org/news",
      "lang" : "en"
    }
  }
]
