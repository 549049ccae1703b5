window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020000000000001"
          ],
          "editableUntil" : "2023-10-03T01:26:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/JjDdVdn0A5",
            "expanded_url" : "https://www.valleytransit.example.com/routes",
            "display_url" : "www.valleytransit.example…",
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
      "favorite_count" : "57",
      "id_str" : "1700020000000000001",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700020000000000001",
      "created_at" : "Tue Oct 03 00:26:08 +0000 2023",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Weber Ave. Expect low pressure until 5 p.m. (external link) https://t.co/JjDdVdn0A5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020000000000002"
          ],
          "editableUntil" : "2023-10-05T00:44:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/DbihQlhR0x",
            "expanded_url" : "https://www.harborpoint.example.org/council",
            "display_url" : "www.harborpoint.example.o…",
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
      "favorite_count" : "11",
      "id_str" : "1700020000000000002",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700020000000000002",
      "created_at" : "Wed Oct 04 23:44:24 +0000 2023",
      "favorited" : false,
      "full_text" : "The Planning Commission will hold a hearing on the Harbor Way rezoning on Thursday. More: https://t.co/DbihQlhR0x",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020000000000003"
          ],
          "editableUntil" : "2023-10-11T17:02:51.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "80",
      "id_str" : "1700020000000000003",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700020000000000003",
      "created_at" : "Wed Oct 11 16:02:51 +0000 2023",
      "favorited" : false,
      "full_text" : "The Planning Commission will hold a hearing on the Harbor Way rezoning on Friday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020000000000004"
          ],
          "editableUntil" : "2023-10-18T19:04:22.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "61",
      "id_str" : "1700020000000000004",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700020000000000004",
      "created_at" : "Wed Oct 18 18:04:22 +0000 2023",
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
            "1700020000000000005"
          ],
          "editableUntil" : "2023-10-23T16:36:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/QNGAf1Zbw4",
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
      "favorite_count" : "34",
      "id_str" : "1700020000000000005",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700020000000000005",
      "created_at" : "Mon Oct 23 15:36:42 +0000 2023",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/QNGAf1Zbw4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020000000000006"
          ],
          "editableUntil" : "2023-10-25T01:14:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/6393_f1tN1",
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
      "favorite_count" : "32",
      "id_str" : "1700020000000000006",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700020000000000006",
      "created_at" : "Wed Oct 25 00:14:22 +0000 2023",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/6393_f1tN1",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020000000000007"
          ],
          "editableUntil" : "2023-10-28T17:28:24.000Z",
          "editsRemaining" : "5",
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
      "id_str" : "1700020000000000007",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700020000000000007",
      "created_at" : "Sat Oct 28 16:28:24 +0000 2023",
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
            "1700020100000000001"
          ],
          "editableUntil" : "2023-11-02T22:20:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/hjZWwgHzrn",
            "expanded_url" : "https://www.valleytransit.example.com/routes",
            "display_url" : "www.valleytransit.example…",
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
      "favorite_count" : "4",
      "id_str" : "1700020100000000001",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700020100000000001",
      "created_at" : "Thu Nov 02 21:20:41 +0000 2023",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Saturday at Parque Las Palmas. (external link) https://t.co/hjZWwgHzrn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020100000000002"
          ],
          "editableUntil" : "2023-11-10T00:24:01.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "39",
      "id_str" : "1700020100000000002",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700020100000000002",
      "created_at" : "Thu Nov 09 23:24:01 +0000 2023",
      "favorited" : false,
      "full_text" : "Solar permits are now issued the same day for standard rooftop systems.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020100000000003"
          ],
          "editableUntil" : "2023-11-14T01:39:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ZhvBqSS5AD",
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
      "favorite_count" : "86",
      "id_str" : "1700020100000000003",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700020100000000003",
      "created_at" : "Tue Nov 14 00:39:34 +0000 2023",
      "favorited" : false,
      "full_text" : "Building an ADU: our guide walks you through the permit steps. More: https://t.co/ZhvBqSS5AD",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020100000000004"
          ],
          "editableUntil" : "2023-11-20T21:26:06.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "41",
      "id_str" : "1700020100000000004",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700020100000000004",
      "created_at" : "Mon Nov 20 20:26:06 +0000 2023",
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
            "1700020100000000005"
          ],
          "editableUntil" : "2023-11-21T23:10:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/PK4d3QfILg",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
            "indices" : [
              "145",
              "168"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "168"
      ],
      "favorite_count" : "58",
      "id_str" : "1700020100000000005",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700020100000000005",
      "created_at" : "Tue Nov 21 22:10:54 +0000 2023",
      "favorited" : false,
      "full_text" : "The City Council meets Friday at 5:30 p.m. Agenda items include the downtown parking ordinance and the Victory Park master plan. (external link) https://t.co/PK4d3QfILg",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020100000000006"
          ],
          "editableUntil" : "2023-11-24T15:50:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/wrs-8C9aww",
            "expanded_url" : "https://www.harborpoint.example.org/council",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "148",
              "171"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "171"
      ],
      "favorite_count" : "56",
      "id_str" : "1700020100000000006",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700020100000000006",
      "created_at" : "Fri Nov 24 14:50:28 +0000 2023",
      "favorited" : false,
      "full_text" : "The City Council meets Monday at 5:30 p.m. Agenda items include the downtown parking ordinance and the Harbor Point Marina Green master plan. More: https://t.co/wrs-8C9aww",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020200000000001"
          ],
          "editableUntil" : "2023-12-08T02:51:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/0K9-xZMAss",
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
      "favorite_count" : "13",
      "id_str" : "1700020200000000001",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700020200000000001",
      "created_at" : "Fri Dec 08 01:51:16 +0000 2023",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Pacific Ave. Expect low pressure until 5 p.m. More: https://t.co/0K9-xZMAss",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020200000000002"
          ],
          "editableUntil" : "2023-12-09T02:31:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/VJ82jnlKY9",
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
      "favorite_count" : "8",
      "id_str" : "1700020200000000002",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700020200000000002",
      "created_at" : "Sat Dec 09 01:31:41 +0000 2023",
      "favorited" : false,
      "full_text" : "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits can be applied for online. More: https://t.co/VJ82jnlKY9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020200000000003"
          ],
          "editableUntil" : "2023-12-15T17:08:58.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "39",
      "id_str" : "1700020200000000003",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700020200000000003",
      "created_at" : "Fri Dec 15 16:08:58 +0000 2023",
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
            "1700020200000000004"
          ],
          "editableUntil" : "2023-12-20T21:23:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/07FQ-KJnOR",
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
      "favorite_count" : "73",
      "id_str" : "1700020200000000004",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700020200000000004",
      "created_at" : "Wed Dec 20 20:23:35 +0000 2023",
      "favorited" : false,
      "full_text" : "The Planning Commission will hold a hearing on the Harbor Way rezoning on Monday. More: https://t.co/07FQ-KJnOR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020200000000005"
          ],
          "editableUntil" : "2023-12-27T19:46:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/o9796LbGPr",
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
      "favorite_count" : "39",
      "id_str" : "1700020200000000005",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700020200000000005",
      "created_at" : "Wed Dec 27 18:46:41 +0000 2023",
      "favorited" : false,
      "full_text" : "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits can be applied for online. More: https://t.co/o9796LbGPr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020200000000006"
          ],
          "editableUntil" : "2023-12-28T22:43:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/lsPoWA_kyR",
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
      "favorite_count" : "16",
      "id_str" : "1700020200000000006",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700020200000000006",
      "created_at" : "Thu Dec 28 21:43:17 +0000 2023",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Pacific Ave. Expect low pressure until 5 p.m. More: https://t.co/lsPoWA_kyR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020300000000001"
          ],
          "editableUntil" : "2024-01-01T23:36:47.000Z",
          "editsRemaining" : "5",
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
        "143"
      ],
      "favorite_count" : "11",
      "id_str" : "1700020300000000001",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700020300000000001",
      "created_at" : "Mon Jan 01 22:36:47 +0000 2024",
      "favorited" : false,
      "full_text" : "The City Council meets Saturday at 5:30 p.m. Agenda items include the downtown parking ordinance and the Harbor Point Marina Green master plan.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020300000000002"
          ],
          "editableUntil" : "2024-01-02T20:43:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/n7SHN6NBl5",
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
      "favorite_count" : "58",
      "id_str" : "1700020300000000002",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700020300000000002",
      "created_at" : "Tue Jan 02 19:43:23 +0000 2024",
      "favorited" : false,
      "full_text" : "The City Council meets Wednesday at 5:30 p.m. Agenda items include the downtown parking ordinance and the Louis Park master plan. More: https://t.co/n7SHN6NBl5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020300000000003"
          ],
          "editableUntil" : "2024-01-03T21:38:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/lXHzzmqCMS",
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
      "favorite_count" : "14",
      "id_str" : "1700020300000000003",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700020300000000003",
      "created_at" : "Wed Jan 03 20:38:34 +0000 2024",
      "favorited" : false,
      "full_text" : "Solar permits are now issued the same day for standard rooftop systems. More: https://t.co/lXHzzmqCMS",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020300000000004"
          ],
          "editableUntil" : "2024-01-04T19:55:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/5qBEVA6pfF",
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
      "id_str" : "1700020300000000004",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700020300000000004",
      "created_at" : "Thu Jan 04 18:55:49 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/5qBEVA6pfF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020300000000005"
          ],
          "editableUntil" : "2024-01-06T00:44:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/2mvAGASqVM",
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
      "favorite_count" : "7",
      "id_str" : "1700020300000000005",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700020300000000005",
      "created_at" : "Fri Jan 05 23:44:11 +0000 2024",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on El Dorado St. Expect low pressure until 5 p.m. (external link) https://t.co/2mvAGASqVM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020300000000006"
          ],
          "editableUntil" : "2024-01-08T17:00:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/_YP2MjaQ5P",
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
      "favorite_count" : "66",
      "id_str" : "1700020300000000006",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700020300000000006",
      "created_at" : "Mon Jan 08 16:00:29 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. (external link) https://t.co/_YP2MjaQ5P",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020300000000007"
          ],
          "editableUntil" : "2024-01-16T02:34:06.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "25",
      "id_str" : "1700020300000000007",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700020300000000007",
      "created_at" : "Tue Jan 16 01:34:06 +0000 2024",
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
            "1700020300000000008"
          ],
          "editableUntil" : "2024-01-17T22:31:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/-Y61Gy8PW8",
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
      "favorite_count" : "62",
      "id_str" : "1700020300000000008",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700020300000000008",
      "created_at" : "Wed Jan 17 21:31:28 +0000 2024",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Saturday at Oak Grove Regional Park. More: https://t.co/-Y61Gy8PW8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020300000000009"
          ],
          "editableUntil" : "2024-01-19T21:03:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/vqGAlz09RI",
            "expanded_url" : "https://www.harborpoint.example.org/council",
            "display_url" : "www.harborpoint.example.o…",
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
      "favorite_count" : "69",
      "id_str" : "1700020300000000009",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700020300000000009",
      "created_at" : "Fri Jan 19 20:03:07 +0000 2024",
      "favorited" : false,
      "full_text" : "The Planning Commission will hold a hearing on the Harbor Way rezoning on Thursday. More: https://t.co/vqGAlz09RI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020300000000010"
          ],
          "editableUntil" : "2024-01-22T23:22:02.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "77",
      "id_str" : "1700020300000000010",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700020300000000010",
      "created_at" : "Mon Jan 22 22:22:02 +0000 2024",
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
            "1700020300000000011"
          ],
          "editableUntil" : "2024-01-24T18:56:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/BYrW_5G9kw",
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
      "favorite_count" : "48",
      "id_str" : "1700020300000000011",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700020300000000011",
      "created_at" : "Wed Jan 24 17:56:13 +0000 2024",
      "favorited" : false,
      "full_text" : "Solar permits are now issued the same day for standard rooftop systems. More: https://t.co/BYrW_5G9kw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020300000000012"
          ],
          "editableUntil" : "2024-01-29T18:12:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/VufgcPacrk",
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
      "favorite_count" : "88",
      "id_str" : "1700020300000000012",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700020300000000012",
      "created_at" : "Mon Jan 29 17:12:03 +0000 2024",
      "favorited" : false,
      "full_text" : "Building an ADU: our guide walks you through the permit steps. More: https://t.co/VufgcPacrk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020400000000001"
          ],
          "editableUntil" : "2024-02-06T01:42:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/rSl8YBtfJs",
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
      "favorite_count" : "28",
      "id_str" : "1700020400000000001",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700020400000000001",
      "created_at" : "Tue Feb 06 00:42:58 +0000 2024",
      "favorited" : false,
      "full_text" : "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits can be applied for online. More: https://t.co/rSl8YBtfJs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020400000000002"
          ],
          "editableUntil" : "2024-02-06T22:01:17.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "4",
      "id_str" : "1700020400000000002",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700020400000000002",
      "created_at" : "Tue Feb 06 21:01:17 +0000 2024",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Saturday at Oak Grove Regional Park.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020400000000003"
          ],
          "editableUntil" : "2024-02-08T22:16:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/oLlitUGPGr",
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
      "favorite_count" : "45",
      "id_str" : "1700020400000000003",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700020400000000003",
      "created_at" : "Thu Feb 08 21:16:13 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/oLlitUGPGr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020400000000004"
          ],
          "editableUntil" : "2024-02-10T02:41:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/MaxBvKs5jH",
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
      "favorite_count" : "47",
      "id_str" : "1700020400000000004",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700020400000000004",
      "created_at" : "Sat Feb 10 01:41:23 +0000 2024",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Hammer Lane. Expect low pressure until 5 p.m. More: https://t.co/MaxBvKs5jH",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020400000000005"
          ],
          "editableUntil" : "2024-02-13T01:44:41.000Z",
          "editsRemaining" : "5",
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
      "id_str" : "1700020400000000005",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700020400000000005",
      "created_at" : "Tue Feb 13 00:44:41 +0000 2024",
      "favorited" : false,
      "full_text" : "Solar permits are now issued the same day for standard rooftop systems.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020400000000006"
          ],
          "editableUntil" : "2024-02-13T19:57:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/WUv-Nm5csC",
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
      "favorite_count" : "8",
      "id_str" : "1700020400000000006",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700020400000000006",
      "created_at" : "Tue Feb 13 18:57:14 +0000 2024",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Weber Ave. Expect low pressure until 5 p.m. More: https://t.co/WUv-Nm5csC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020400000000007"
          ],
          "editableUntil" : "2024-02-16T16:47:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/CiYobul7oh",
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
      "favorite_count" : "76",
      "id_str" : "1700020400000000007",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700020400000000007",
      "created_at" : "Fri Feb 16 15:47:41 +0000 2024",
      "favorited" : false,
      "full_text" : "The City Council meets Monday at 5:30 p.m. Agenda items include the downtown parking ordinance and the McKinley Park master plan. More: https://t.co/CiYobul7oh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020400000000008"
          ],
          "editableUntil" : "2024-02-23T20:06:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/dgUFgspOEN",
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
      "favorite_count" : "82",
      "id_str" : "1700020400000000008",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700020400000000008",
      "created_at" : "Fri Feb 23 19:06:27 +0000 2024",
      "favorited" : false,
      "full_text" : "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits can be applied for online. More: https://t.co/dgUFgspOEN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020400000000009"
          ],
          "editableUntil" : "2024-02-29T00:12:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/pc3Db_ujbG",
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
      "favorite_count" : "30",
      "id_str" : "1700020400000000009",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700020400000000009",
      "created_at" : "Wed Feb 28 23:12:38 +0000 2024",
      "favorited" : false,
      "full_text" : "Solar permits are now issued the same day for standard rooftop systems. (external link) https://t.co/pc3Db_ujbG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020500000000001"
          ],
          "editableUntil" : "2024-03-05T20:34:06.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "52",
      "id_str" : "1700020500000000001",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700020500000000001",
      "created_at" : "Tue Mar 05 19:34:06 +0000 2024",
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
            "1700020500000000002"
          ],
          "editableUntil" : "2024-03-12T18:35:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/M5ZEECiCOq",
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
      "favorite_count" : "94",
      "id_str" : "1700020500000000002",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700020500000000002",
      "created_at" : "Tue Mar 12 17:35:32 +0000 2024",
      "favorited" : false,
      "full_text" : "Building an ADU: our guide walks you through the permit steps. More: https://t.co/M5ZEECiCOq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020500000000003"
          ],
          "editableUntil" : "2024-03-19T18:27:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/GeFry2bDq7",
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
      "favorite_count" : "12",
      "id_str" : "1700020500000000003",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700020500000000003",
      "created_at" : "Tue Mar 19 17:27:47 +0000 2024",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Friday at Harbor Point Marina Green. More: https://t.co/GeFry2bDq7",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020500000000004"
          ],
          "editableUntil" : "2024-03-20T16:45:53.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "77",
      "id_str" : "1700020500000000004",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700020500000000004",
      "created_at" : "Wed Mar 20 15:45:53 +0000 2024",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to McKinley Park! Gates open at 6 p.m. 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020500000000005"
          ],
          "editableUntil" : "2024-03-27T21:32:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/p5oixB1xl_",
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
      "favorite_count" : "43",
      "id_str" : "1700020500000000005",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700020500000000005",
      "created_at" : "Wed Mar 27 20:32:25 +0000 2024",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Saturday at Louis Park. More: https://t.co/p5oixB1xl_",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020600000000001"
          ],
          "editableUntil" : "2024-04-03T16:45:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/irPOKkehhs",
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
      "favorite_count" : "17",
      "id_str" : "1700020600000000001",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700020600000000001",
      "created_at" : "Wed Apr 03 15:45:16 +0000 2024",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Center St. Expect low pressure until 5 p.m. More: https://t.co/irPOKkehhs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020600000000002"
          ],
          "editableUntil" : "2024-04-04T22:42:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/PVIscDMJHC",
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
      "favorite_count" : "28",
      "id_str" : "1700020600000000002",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700020600000000002",
      "created_at" : "Thu Apr 04 21:42:11 +0000 2024",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Monday at Oak Grove Regional Park. More: https://t.co/PVIscDMJHC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020600000000003"
          ],
          "editableUntil" : "2024-04-11T21:55:53.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "95",
      "id_str" : "1700020600000000003",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700020600000000003",
      "created_at" : "Thu Apr 11 20:55:53 +0000 2024",
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
            "1700020600000000004"
          ],
          "editableUntil" : "2024-04-12T18:16:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/caHHXzs3I5",
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
      "favorite_count" : "4",
      "id_str" : "1700020600000000004",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700020600000000004",
      "created_at" : "Fri Apr 12 17:16:02 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/caHHXzs3I5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020600000000005"
          ],
          "editableUntil" : "2024-04-15T18:17:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/0hbyjTIt8u",
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
      "favorite_count" : "18",
      "id_str" : "1700020600000000005",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700020600000000005",
      "created_at" : "Mon Apr 15 17:17:54 +0000 2024",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Saturday at Parque Las Palmas. More: https://t.co/0hbyjTIt8u",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020600000000006"
          ],
          "editableUntil" : "2024-04-19T21:16:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/r_MmzDS0ui",
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
      "favorite_count" : "49",
      "id_str" : "1700020600000000006",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700020600000000006",
      "created_at" : "Fri Apr 19 20:16:10 +0000 2024",
      "favorited" : false,
      "full_text" : "The City Council meets Wednesday at 5:30 p.m. Agenda items include the downtown parking ordinance and the Louis Park master plan. More: https://t.co/r_MmzDS0ui",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020600000000007"
          ],
          "editableUntil" : "2024-04-22T18:41:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/72xreiEPAq",
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
      "id_str" : "1700020600000000007",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700020600000000007",
      "created_at" : "Mon Apr 22 17:41:22 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/72xreiEPAq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020600000000008"
          ],
          "editableUntil" : "2024-04-29T22:01:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Fy6UF1WNfS",
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
      "favorite_count" : "73",
      "id_str" : "1700020600000000008",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700020600000000008",
      "created_at" : "Mon Apr 29 21:01:43 +0000 2024",
      "favorited" : false,
      "full_text" : "The Planning Commission will hold a hearing on the Harbor Way rezoning on Tuesday. More: https://t.co/Fy6UF1WNfS",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020700000000001"
          ],
          "editableUntil" : "2024-05-07T22:21:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/heC70SQH8i",
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
      "favorite_count" : "34",
      "id_str" : "1700020700000000001",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700020700000000001",
      "created_at" : "Tue May 07 21:21:29 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Weberstown Mall. More: https://t.co/heC70SQH8i",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020700000000002"
          ],
          "editableUntil" : "2024-05-14T19:13:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/3twzctsCdj",
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
      "favorite_count" : "82",
      "id_str" : "1700020700000000002",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700020700000000002",
      "created_at" : "Tue May 14 18:13:32 +0000 2024",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on El Dorado St. Expect low pressure until 5 p.m. (external link) https://t.co/3twzctsCdj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020700000000003"
          ],
          "editableUntil" : "2024-05-20T18:52:54.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "74",
      "id_str" : "1700020700000000003",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700020700000000003",
      "created_at" : "Mon May 20 17:52:54 +0000 2024",
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
            "1700020700000000004"
          ],
          "editableUntil" : "2024-05-21T19:23:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/9Z4uXbJ2O1",
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
      "favorite_count" : "49",
      "id_str" : "1700020700000000004",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700020700000000004",
      "created_at" : "Tue May 21 18:23:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Solar permits are now issued the same day for standard rooftop systems. More: https://t.co/9Z4uXbJ2O1",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020700000000005"
          ],
          "editableUntil" : "2024-05-28T18:17:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/lRudmCf7bE",
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
      "id_str" : "1700020700000000005",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700020700000000005",
      "created_at" : "Tue May 28 17:17:09 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/lRudmCf7bE",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020700000000006"
          ],
          "editableUntil" : "2024-05-30T20:46:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/iLq4YHCkMt",
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
      "favorite_count" : "85",
      "id_str" : "1700020700000000006",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700020700000000006",
      "created_at" : "Thu May 30 19:46:14 +0000 2024",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to McKinley Park! Gates open at 6 p.m. 🎉 More: https://t.co/iLq4YHCkMt",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020700000000007"
          ],
          "editableUntil" : "2024-05-31T20:15:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/dBJ4UaKmyB",
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
      "id_str" : "1700020700000000007",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700020700000000007",
      "created_at" : "Fri May 31 19:15:30 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/dBJ4UaKmyB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020800000000001"
          ],
          "editableUntil" : "2024-06-07T21:00:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ToDspI81Lb",
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
      "favorite_count" : "54",
      "id_str" : "1700020800000000001",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700020800000000001",
      "created_at" : "Fri Jun 07 20:00:20 +0000 2024",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Calle Sonora. Expect low pressure until 5 p.m. More: https://t.co/ToDspI81Lb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020800000000002"
          ],
          "editableUntil" : "2024-06-11T00:22:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/UkhLK8g1SG",
            "expanded_url" : "https://www.sjcog.example.com/regional-plan",
            "display_url" : "www.sjcog.example.com/reg…",
            "indices" : [
              "98",
              "121"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "81",
      "id_str" : "1700020800000000002",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700020800000000002",
      "created_at" : "Mon Jun 10 23:22:27 +0000 2024",
      "favorited" : false,
      "full_text" : "The Planning Commission will hold a hearing on the Harbor Way rezoning on Monday. (external link) https://t.co/UkhLK8g1SG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020800000000003"
          ],
          "editableUntil" : "2024-06-12T22:56:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/euIHh9DG_i",
            "expanded_url" : "https://www.harborpoint.example.org/council",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "140",
              "163"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "51",
      "id_str" : "1700020800000000003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700020800000000003",
      "created_at" : "Wed Jun 12 21:56:14 +0000 2024",
      "favorited" : false,
      "full_text" : "The City Council meets Monday at 5:30 p.m. Agenda items include the downtown parking ordinance and the Parque Las Palmas master plan. More: https://t.co/euIHh9DG_i",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020800000000004"
          ],
          "editableUntil" : "2024-06-19T18:38:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/5_espwdVpT",
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
      "favorite_count" : "61",
      "id_str" : "1700020800000000004",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700020800000000004",
      "created_at" : "Wed Jun 19 17:38:47 +0000 2024",
      "favorited" : false,
      "full_text" : "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits can be applied for online. More: https://t.co/5_espwdVpT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020800000000005"
          ],
          "editableUntil" : "2024-06-21T22:49:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/EE-PjU8GdU",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
            "indices" : [
              "151",
              "174"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "174"
      ],
      "favorite_count" : "24",
      "id_str" : "1700020800000000005",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700020800000000005",
      "created_at" : "Fri Jun 21 21:49:46 +0000 2024",
      "favorited" : false,
      "full_text" : "The City Council meets Tuesday at 5:30 p.m. Agenda items include the downtown parking ordinance and the Parque Las Palmas master plan. (external link) https://t.co/EE-PjU8GdU",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020800000000006"
          ],
          "editableUntil" : "2024-06-28T17:56:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ArVp4ASV46",
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
      "favorite_count" : "33",
      "id_str" : "1700020800000000006",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700020800000000006",
      "created_at" : "Fri Jun 28 16:56:18 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at City Hall Plaza. More: https://t.co/ArVp4ASV46",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020800000000011"
          ],
          "editableUntil" : "2024-06-20T00:21:40.000Z",
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
            "name" : "Fatima Sandoval",
            "screen_name" : "fatima_sandoval144",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "1401142795",
            "id" : "1401142795"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "44",
      "id_str" : "1700020800000000011",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700020800000000011",
      "created_at" : "Wed Jun 19 23:21:40 +0000 2024",
      "favorited" : false,
      "full_text" : "@fatima_sandoval144 Thanks for letting us know. We have shared this with the department.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700020800000000010",
      "in_reply_to_status_id" : "1700020800000000010",
      "in_reply_to_user_id_str" : "1401142795",
      "in_reply_to_user_id" : "1401142795",
      "in_reply_to_screen_name" : "fatima_sandoval144"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020900000000001"
          ],
          "editableUntil" : "2024-07-03T16:11:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/E0CS1K10_h",
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
      "favorite_count" : "2",
      "id_str" : "1700020900000000001",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700020900000000001",
      "created_at" : "Wed Jul 03 15:11:48 +0000 2024",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Victory Park! Gates open at 6 p.m. 🎉 More: https://t.co/E0CS1K10_h",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020900000000003"
          ],
          "editableUntil" : "2024-07-04T20:46:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/7a2AU3SPa7",
            "expanded_url" : "https://www.sjcog.example.com/regional-plan",
            "display_url" : "www.sjcog.example.com/reg…",
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
      "favorite_count" : "49",
      "id_str" : "1700020900000000003",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700020900000000003",
      "created_at" : "Thu Jul 04 19:46:46 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Civic Auditorium. (external link) https://t.co/7a2AU3SPa7",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020900000000002"
          ],
          "editableUntil" : "2024-07-05T01:38:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/8jAw16WppI",
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
      "favorite_count" : "64",
      "id_str" : "1700020900000000002",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700020900000000002",
      "created_at" : "Fri Jul 05 00:38:45 +0000 2024",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Louis Park! Gates open at 6 p.m. 🎉 More: https://t.co/8jAw16WppI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020900000000004"
          ],
          "editableUntil" : "2024-07-08T20:56:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/4vteQUdm_B",
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
      "favorite_count" : "13",
      "id_str" : "1700020900000000004",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700020900000000004",
      "created_at" : "Mon Jul 08 19:56:12 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/4vteQUdm_B",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020900000000005"
          ],
          "editableUntil" : "2024-07-11T20:15:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/EYpkAmmq5L",
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
      "favorite_count" : "8",
      "id_str" : "1700020900000000005",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700020900000000005",
      "created_at" : "Thu Jul 11 19:15:29 +0000 2024",
      "favorited" : false,
      "full_text" : "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits can be applied for online. More: https://t.co/EYpkAmmq5L",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020900000000006"
          ],
          "editableUntil" : "2024-07-12T20:29:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/0eS-74KrlK",
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
      "favorite_count" : "24",
      "id_str" : "1700020900000000006",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700020900000000006",
      "created_at" : "Fri Jul 12 19:29:45 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Civic Auditorium. More: https://t.co/0eS-74KrlK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020900000000007"
          ],
          "editableUntil" : "2024-07-19T16:52:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/NLyZfTrMNb",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
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
      "favorite_count" : "78",
      "id_str" : "1700020900000000007",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700020900000000007",
      "created_at" : "Fri Jul 19 15:52:28 +0000 2024",
      "favorited" : false,
      "full_text" : "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits can be applied for online. (external link) https://t.co/NLyZfTrMNb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700020900000000008"
          ],
          "editableUntil" : "2024-07-26T21:02:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/gZ98izdpuO",
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
      "favorite_count" : "27",
      "id_str" : "1700020900000000008",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700020900000000008",
      "created_at" : "Fri Jul 26 20:02:18 +0000 2024",
      "favorited" : false,
      "full_text" : "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits can be applied for online. More: https://t.co/gZ98izdpuO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021000000000001"
          ],
          "editableUntil" : "2024-08-07T21:02:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/wLYzxxu06A",
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
      "favorite_count" : "77",
      "id_str" : "1700021000000000001",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700021000000000001",
      "created_at" : "Wed Aug 07 20:02:11 +0000 2024",
      "favorited" : false,
      "full_text" : "Watch the budget workshop recording and share your priorities. More: https://t.co/wLYzxxu06A",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021000000000002"
          ],
          "editableUntil" : "2024-08-08T22:53:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/X8uTF5Kfcb",
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
      "favorite_count" : "9",
      "id_str" : "1700021000000000002",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700021000000000002",
      "created_at" : "Thu Aug 08 21:53:16 +0000 2024",
      "favorited" : false,
      "full_text" : "The City Council meets Tuesday at 5:30 p.m. Agenda items include the downtown parking ordinance and the McKinley Park master plan. More: https://t.co/X8uTF5Kfcb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021000000000003"
          ],
          "editableUntil" : "2024-08-16T00:51:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/SXJS1zy8WZ",
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
      "id_str" : "1700021000000000003",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700021000000000003",
      "created_at" : "Thu Aug 15 23:51:13 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/SXJS1zy8WZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021000000000004"
          ],
          "editableUntil" : "2024-08-19T20:13:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Up95IozRaT",
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
      "id_str" : "1700021000000000004",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700021000000000004",
      "created_at" : "Mon Aug 19 19:13:34 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/Up95IozRaT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021000000000005"
          ],
          "editableUntil" : "2024-08-26T17:13:23.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "21",
      "id_str" : "1700021000000000005",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700021000000000005",
      "created_at" : "Mon Aug 26 16:13:23 +0000 2024",
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
            "1700021100000000001"
          ],
          "editableUntil" : "2024-09-03T21:20:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/_GedeNVwNj",
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
      "favorite_count" : "38",
      "id_str" : "1700021100000000001",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700021100000000001",
      "created_at" : "Tue Sep 03 20:20:43 +0000 2024",
      "favorited" : false,
      "full_text" : "Building an ADU: our guide walks you through the permit steps. More: https://t.co/_GedeNVwNj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021100000000002"
          ],
          "editableUntil" : "2024-09-04T22:04:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Fs35i1v6ix",
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
      "id_str" : "1700021100000000002",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700021100000000002",
      "created_at" : "Wed Sep 04 21:04:21 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/Fs35i1v6ix",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021100000000003"
          ],
          "editableUntil" : "2024-09-05T17:07:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Ojxq7d509P",
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
      "favorite_count" : "65",
      "id_str" : "1700021100000000003",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700021100000000003",
      "created_at" : "Thu Sep 05 16:07:15 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. (external link) https://t.co/Ojxq7d509P",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021100000000004"
          ],
          "editableUntil" : "2024-09-12T16:48:20.000Z",
          "editsRemaining" : "5",
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
      "id_str" : "1700021100000000004",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700021100000000004",
      "created_at" : "Thu Sep 12 15:48:20 +0000 2024",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Friday at Victory Park.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021100000000005"
          ],
          "editableUntil" : "2024-09-17T17:40:19.000Z",
          "editsRemaining" : "5",
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
        "129"
      ],
      "favorite_count" : "50",
      "id_str" : "1700021100000000005",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700021100000000005",
      "created_at" : "Tue Sep 17 16:40:19 +0000 2024",
      "favorited" : false,
      "full_text" : "The City Council meets Wednesday at 5:30 p.m. Agenda items include the downtown parking ordinance and the Louis Park master plan.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021100000000006"
          ],
          "editableUntil" : "2024-09-19T00:10:07.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "6",
      "id_str" : "1700021100000000006",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700021100000000006",
      "created_at" : "Wed Sep 18 23:10:07 +0000 2024",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to McKinley Park! Gates open at 6 p.m. 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021100000000007"
          ],
          "editableUntil" : "2024-09-25T17:48:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/KuQSE3kdTl",
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
      "favorite_count" : "7",
      "id_str" : "1700021100000000007",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700021100000000007",
      "created_at" : "Wed Sep 25 16:48:19 +0000 2024",
      "favorited" : false,
      "full_text" : "Watch the budget workshop recording and share your priorities. More: https://t.co/KuQSE3kdTl",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021100000000008"
          ],
          "editableUntil" : "2024-09-30T19:19:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/AQWQKOzz1h",
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
      "favorite_count" : "63",
      "id_str" : "1700021100000000008",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700021100000000008",
      "created_at" : "Mon Sep 30 18:19:37 +0000 2024",
      "favorited" : false,
      "full_text" : "The Planning Commission will hold a hearing on the Harbor Way rezoning on Monday. More: https://t.co/AQWQKOzz1h",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021100000000016"
          ],
          "editableUntil" : "2024-09-18T22:16:33.000Z",
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
            "name" : "Haruto Sidhu",
            "screen_name" : "haruto_sidhu45",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1400356497",
            "id" : "1400356497"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "13",
      "id_str" : "1700021100000000016",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700021100000000016",
      "created_at" : "Wed Sep 18 21:16:33 +0000 2024",
      "favorited" : false,
      "full_text" : "@haruto_sidhu45 Thanks for asking! The latest schedule is on our website: https://www.harborpoint.example.org",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700021100000000015",
      "in_reply_to_status_id" : "1700021100000000015",
      "in_reply_to_user_id_str" : "1400356497",
      "in_reply_to_user_id" : "1400356497",
      "in_reply_to_screen_name" : "haruto_sidhu45"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021200000000001"
          ],
          "editableUntil" : "2024-10-04T20:07:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/8GKIgJ2g1Z",
            "expanded_url" : "https://www.harborpoint.example.org/council",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "150",
              "173"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "173"
      ],
      "favorite_count" : "53",
      "id_str" : "1700021200000000001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700021200000000001",
      "created_at" : "Fri Oct 04 19:07:04 +0000 2024",
      "favorited" : false,
      "full_text" : "The City Council meets Saturday at 5:30 p.m. Agenda items include the downtown parking ordinance and the Harbor Point Marina Green master plan. More: https://t.co/8GKIgJ2g1Z",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021200000000002"
          ],
          "editableUntil" : "2024-10-08T19:28:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/eroM2ap5LO",
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
      "favorite_count" : "27",
      "id_str" : "1700021200000000002",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700021200000000002",
      "created_at" : "Tue Oct 08 18:28:34 +0000 2024",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Monday at Victory Park. More: https://t.co/eroM2ap5LO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021200000000003"
          ],
          "editableUntil" : "2024-10-15T19:20:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/HcU90liaqx",
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
      "favorite_count" : "32",
      "id_str" : "1700021200000000003",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700021200000000003",
      "created_at" : "Tue Oct 15 18:20:32 +0000 2024",
      "favorited" : false,
      "full_text" : "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits can be applied for online. More: https://t.co/HcU90liaqx",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021200000000004"
          ],
          "editableUntil" : "2024-10-17T20:44:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/sgwt4HLRgk",
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
      "favorite_count" : "70",
      "id_str" : "1700021200000000004",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700021200000000004",
      "created_at" : "Thu Oct 17 19:44:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on March Lane. Expect low pressure until 5 p.m. (external link) https://t.co/sgwt4HLRgk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021200000000005"
          ],
          "editableUntil" : "2024-10-22T00:54:48.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "40",
      "id_str" : "1700021200000000005",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700021200000000005",
      "created_at" : "Mon Oct 21 23:54:48 +0000 2024",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Thursday at Harbor Point Marina Green.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021200000000006"
          ],
          "editableUntil" : "2024-10-25T21:09:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/x8kzXONEpX",
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
      "favorite_count" : "72",
      "id_str" : "1700021200000000006",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700021200000000006",
      "created_at" : "Fri Oct 25 20:09:11 +0000 2024",
      "favorited" : false,
      "full_text" : "Watch the budget workshop recording and share your priorities. More: https://t.co/x8kzXONEpX",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021200000000007"
          ],
          "editableUntil" : "2024-10-30T21:44:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/_LxgO6Dc_D",
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
      "favorite_count" : "35",
      "id_str" : "1700021200000000007",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700021200000000007",
      "created_at" : "Wed Oct 30 20:44:26 +0000 2024",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. (external link) https://t.co/_LxgO6Dc_D",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021200000000015"
          ],
          "editableUntil" : "2024-11-01T00:20:57.000Z",
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
            "name" : "Linh Łukasik",
            "screen_name" : "linh_lukasik136",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1401079999",
            "id" : "1401079999"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "47",
      "id_str" : "1700021200000000015",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700021200000000015",
      "created_at" : "Thu Oct 31 23:20:57 +0000 2024",
      "favorited" : false,
      "full_text" : "@linh_lukasik136 Thanks for letting us know. We have shared this with the department.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700021200000000014",
      "in_reply_to_status_id" : "1700021200000000014",
      "in_reply_to_user_id_str" : "1401079999",
      "in_reply_to_user_id" : "1401079999",
      "in_reply_to_screen_name" : "linh_lukasik136"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021300000000001"
          ],
          "editableUntil" : "2024-11-05T18:49:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/mlN-9tyWe_",
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
      "favorite_count" : "15",
      "id_str" : "1700021300000000001",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700021300000000001",
      "created_at" : "Tue Nov 05 17:49:55 +0000 2024",
      "favorited" : false,
      "full_text" : "The City Council meets Thursday at 5:30 p.m. Agenda items include the downtown parking ordinance and the Parque Las Palmas master plan. More: https://t.co/mlN-9tyWe_",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021300000000002"
          ],
          "editableUntil" : "2024-11-06T18:31:19.000Z",
          "editsRemaining" : "5",
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
        "132"
      ],
      "favorite_count" : "89",
      "id_str" : "1700021300000000002",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700021300000000002",
      "created_at" : "Wed Nov 06 17:31:19 +0000 2024",
      "favorited" : false,
      "full_text" : "The City Council meets Wednesday at 5:30 p.m. Agenda items include the downtown parking ordinance and the McKinley Park master plan.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021300000000003"
          ],
          "editableUntil" : "2024-11-07T17:10:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/1PxRCfuk2K",
            "expanded_url" : "https://www.harborpoint.example.org/council",
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
      "favorite_count" : "17",
      "id_str" : "1700021300000000003",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700021300000000003",
      "created_at" : "Thu Nov 07 16:10:12 +0000 2024",
      "favorited" : false,
      "full_text" : "The Planning Commission will hold a hearing on the Harbor Way rezoning on Wednesday. More: https://t.co/1PxRCfuk2K",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021300000000005"
          ],
          "editableUntil" : "2024-11-12T15:41:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/E3KG9LFTCY",
            "expanded_url" : "https://www.harborpoint.example.org/council",
            "display_url" : "www.harborpoint.example.o…",
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
      "favorite_count" : "15",
      "id_str" : "1700021300000000005",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700021300000000005",
      "created_at" : "Tue Nov 12 14:41:00 +0000 2024",
      "favorited" : false,
      "full_text" : "The Planning Commission will hold a hearing on the Harbor Way rezoning on Thursday. More: https://t.co/E3KG9LFTCY",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021300000000006"
          ],
          "editableUntil" : "2024-11-13T18:06:01.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "95",
      "id_str" : "1700021300000000006",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700021300000000006",
      "created_at" : "Wed Nov 13 17:06:01 +0000 2024",
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
            "1700021300000000007"
          ],
          "editableUntil" : "2024-11-20T19:21:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/7oF1zQOIvz",
            "expanded_url" : "https://www.harborpoint.example.org/council",
            "display_url" : "www.harborpoint.example.o…",
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
      "favorite_count" : "49",
      "id_str" : "1700021300000000007",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700021300000000007",
      "created_at" : "Wed Nov 20 18:21:36 +0000 2024",
      "favorited" : false,
      "full_text" : "The City Council meets Monday at 5:30 p.m. Agenda items include the downtown parking ordinance and the Louis Park master plan. More: https://t.co/7oF1zQOIvz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021300000000008"
          ],
          "editableUntil" : "2024-11-21T19:25:53.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "16",
      "id_str" : "1700021300000000008",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700021300000000008",
      "created_at" : "Thu Nov 21 18:25:53 +0000 2024",
      "favorited" : false,
      "full_text" : "Solar permits are now issued the same day for standard rooftop systems.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021300000000009"
          ],
          "editableUntil" : "2024-11-27T00:23:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/1nC-0TnTcp",
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
      "favorite_count" : "96",
      "id_str" : "1700021300000000009",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700021300000000009",
      "created_at" : "Tue Nov 26 23:23:01 +0000 2024",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Parque Las Palmas! Gates open at 6 p.m. 🎉 More: https://t.co/1nC-0TnTcp",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021300000000016"
          ],
          "editableUntil" : "2024-11-21T18:57:44.000Z",
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
            "name" : "Elena Trần",
            "screen_name" : "elena_tran28",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1400225660",
            "id" : "1400225660"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "42",
      "id_str" : "1700021300000000016",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700021300000000016",
      "created_at" : "Thu Nov 21 17:57:44 +0000 2024",
      "favorited" : false,
      "full_text" : "@elena_tran28 Yes, it will be open. Details are at https://www.harborpoint.example.org/events",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700021300000000015",
      "in_reply_to_status_id" : "1700021300000000015",
      "in_reply_to_user_id_str" : "1400225660",
      "in_reply_to_user_id" : "1400225660",
      "in_reply_to_screen_name" : "elena_tran28"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021400000000001"
          ],
          "editableUntil" : "2024-12-04T20:05:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ADDQVRS93J",
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
      "favorite_count" : "42",
      "id_str" : "1700021400000000001",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700021400000000001",
      "created_at" : "Wed Dec 04 19:05:36 +0000 2024",
      "favorited" : false,
      "full_text" : "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits can be applied for online. (external link) https://t.co/ADDQVRS93J",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021400000000002"
          ],
          "editableUntil" : "2024-12-06T17:11:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/3iLLoJqknL",
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
      "favorite_count" : "5",
      "id_str" : "1700021400000000002",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700021400000000002",
      "created_at" : "Fri Dec 06 16:11:44 +0000 2024",
      "favorited" : false,
      "full_text" : "Watch the budget workshop recording and share your priorities. More: https://t.co/3iLLoJqknL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021400000000003"
          ],
          "editableUntil" : "2024-12-11T20:48:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/xRYMRVAymI",
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
      "favorite_count" : "58",
      "id_str" : "1700021400000000003",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700021400000000003",
      "created_at" : "Wed Dec 11 19:48:41 +0000 2024",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Victory Park! Gates open at 6 p.m. 🎉 (external link) https://t.co/xRYMRVAymI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021400000000004"
          ],
          "editableUntil" : "2024-12-16T22:37:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/an_Js2BWHy",
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
      "favorite_count" : "93",
      "id_str" : "1700021400000000004",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700021400000000004",
      "created_at" : "Mon Dec 16 21:37:44 +0000 2024",
      "favorited" : false,
      "full_text" : "The Planning Commission will hold a hearing on the Harbor Way rezoning on Tuesday. More: https://t.co/an_Js2BWHy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021400000000005"
          ],
          "editableUntil" : "2024-12-20T17:25:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/sB4Lu9voxy",
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
      "favorite_count" : "81",
      "id_str" : "1700021400000000005",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700021400000000005",
      "created_at" : "Fri Dec 20 16:25:12 +0000 2024",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Thursday at Louis Park. More: https://t.co/sB4Lu9voxy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021400000000006"
          ],
          "editableUntil" : "2024-12-27T20:24:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/VVWNzK_cP8",
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
      "favorite_count" : "36",
      "id_str" : "1700021400000000006",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700021400000000006",
      "created_at" : "Fri Dec 27 19:24:08 +0000 2024",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Fremont St. Expect low pressure until 5 p.m. More: https://t.co/VVWNzK_cP8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021500000000001"
          ],
          "editableUntil" : "2025-01-02T01:11:10.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "76",
      "id_str" : "1700021500000000001",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700021500000000001",
      "created_at" : "Thu Jan 02 00:11:10 +0000 2025",
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
            "1700021500000000002"
          ],
          "editableUntil" : "2025-01-09T01:35:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/unX53DwCBC",
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
      "favorite_count" : "44",
      "id_str" : "1700021500000000002",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700021500000000002",
      "created_at" : "Thu Jan 09 00:35:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. (external link) https://t.co/unX53DwCBC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021500000000003"
          ],
          "editableUntil" : "2025-01-10T00:09:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/pIbCnerP7l",
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
      "favorite_count" : "92",
      "id_str" : "1700021500000000003",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700021500000000003",
      "created_at" : "Thu Jan 09 23:09:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/pIbCnerP7l",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021500000000004"
          ],
          "editableUntil" : "2025-01-13T20:36:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/m5Jc6AFtF2",
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
      "favorite_count" : "48",
      "id_str" : "1700021500000000004",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700021500000000004",
      "created_at" : "Mon Jan 13 19:36:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Calle Sonora. Expect low pressure until 5 p.m. More: https://t.co/m5Jc6AFtF2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021500000000005"
          ],
          "editableUntil" : "2025-01-20T23:40:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/UptMmXMnzJ",
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
      "favorite_count" : "13",
      "id_str" : "1700021500000000005",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700021500000000005",
      "created_at" : "Mon Jan 20 22:40:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Center St. Expect low pressure until 5 p.m. More: https://t.co/UptMmXMnzJ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021500000000006"
          ],
          "editableUntil" : "2025-01-23T00:33:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ybA8HF5Wc5",
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
      "id_str" : "1700021500000000006",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700021500000000006",
      "created_at" : "Wed Jan 22 23:33:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Water conservation tip: water lawns before 8 a.m. to cut evaporation. More: https://t.co/ybA8HF5Wc5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021500000000007"
          ],
          "editableUntil" : "2025-01-29T18:59:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/qv1FXUqPZt",
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
      "favorite_count" : "77",
      "id_str" : "1700021500000000007",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700021500000000007",
      "created_at" : "Wed Jan 29 17:59:43 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Señor Frog Taquería parking lot. More: https://t.co/qv1FXUqPZt",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021500000000020"
          ],
          "editableUntil" : "2025-01-30T19:47:13.000Z",
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
            "name" : "Siobhán García",
            "screen_name" : "siobhan_garcia89",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1400704850",
            "id" : "1400704850"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "35",
      "id_str" : "1700021500000000020",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700021500000000020",
      "created_at" : "Thu Jan 30 18:47:13 +0000 2025",
      "favorited" : false,
      "full_text" : "@siobhan_garcia89 Yes, it will be open. Details are at https://www.harborpoint.example.org/events",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700021500000000019",
      "in_reply_to_status_id" : "1700021500000000019",
      "in_reply_to_user_id_str" : "1400704850",
      "in_reply_to_user_id" : "1400704850",
      "in_reply_to_screen_name" : "siobhan_garcia89"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021590000000001"
          ],
          "editableUntil" : "2025-01-16T18:00:00.000Z",
          "editsRemaining" : "5",
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
      "id_str" : "1700021590000000001",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700021590000000001",
      "created_at" : "Thu Jan 16 17:00:00 +0000 2025",
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
            "1700021600000000001"
          ],
          "editableUntil" : "2025-02-08T02:25:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/_B4J4NHNqO",
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
      "favorite_count" : "0",
      "id_str" : "1700021600000000001",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700021600000000001",
      "created_at" : "Sat Feb 08 01:25:44 +0000 2025",
      "favorited" : false,
      "full_text" : "The Planning Commission will hold a hearing on the Harbor Way rezoning on Friday. More: https://t.co/_B4J4NHNqO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021600000000002"
          ],
          "editableUntil" : "2025-02-10T20:59:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/kAaEGkePZf",
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
      "favorite_count" : "59",
      "id_str" : "1700021600000000002",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700021600000000002",
      "created_at" : "Mon Feb 10 19:59:19 +0000 2025",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Thursday at Oak Grove Regional Park. More: https://t.co/kAaEGkePZf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021600000000003"
          ],
          "editableUntil" : "2025-02-18T02:10:51.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "45",
      "id_str" : "1700021600000000003",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700021600000000003",
      "created_at" : "Tue Feb 18 01:10:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Solar permits are now issued the same day for standard rooftop systems.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021600000000004"
          ],
          "editableUntil" : "2025-02-19T01:18:14.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "47",
      "id_str" : "1700021600000000004",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700021600000000004",
      "created_at" : "Wed Feb 19 00:18:14 +0000 2025",
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
            "1700021600000000005"
          ],
          "editableUntil" : "2025-02-20T20:09:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/1G-5UAHsdI",
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
      "favorite_count" : "44",
      "id_str" : "1700021600000000005",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700021600000000005",
      "created_at" : "Thu Feb 20 19:09:39 +0000 2025",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Miner Ave. Expect low pressure until 5 p.m. More: https://t.co/1G-5UAHsdI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021600000000006"
          ],
          "editableUntil" : "2025-02-26T21:40:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Lma4HgyFpw",
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
      "favorite_count" : "96",
      "id_str" : "1700021600000000006",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700021600000000006",
      "created_at" : "Wed Feb 26 20:40:17 +0000 2025",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Monday at Oak Grove Regional Park. More: https://t.co/Lma4HgyFpw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021600000000007"
          ],
          "editableUntil" : "2025-02-28T23:54:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/P5X9QwaLRA",
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
      "favorite_count" : "51",
      "id_str" : "1700021600000000007",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700021600000000007",
      "created_at" : "Fri Feb 28 22:54:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on March Lane. Expect low pressure until 5 p.m. More: https://t.co/P5X9QwaLRA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021700000000001"
          ],
          "editableUntil" : "2025-03-07T17:50:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/tjW8aqu_IS",
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
      "id_str" : "1700021700000000001",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700021700000000001",
      "created_at" : "Fri Mar 07 16:50:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Victory Park! Gates open at 6 p.m. 🎉 More: https://t.co/tjW8aqu_IS",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021700000000003"
          ],
          "editableUntil" : "2025-03-12T18:16:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/5tVQfyXdsR",
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
      "favorite_count" : "24",
      "id_str" : "1700021700000000003",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700021700000000003",
      "created_at" : "Wed Mar 12 17:16:01 +0000 2025",
      "favorited" : false,
      "full_text" : "The Tết Lunar New Year festival is this Friday at Parque Las Palmas. More: https://t.co/5tVQfyXdsR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021700000000004"
          ],
          "editableUntil" : "2025-03-14T17:13:51.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "76",
      "id_str" : "1700021700000000004",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700021700000000004",
      "created_at" : "Fri Mar 14 16:13:51 +0000 2025",
      "favorited" : false,
      "full_text" : "The Planning Commission will hold a hearing on the Harbor Way rezoning on Tuesday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021700000000005"
          ],
          "editableUntil" : "2025-03-21T20:16:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/pBDKbFlaj6",
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
      "favorite_count" : "39",
      "id_str" : "1700021700000000005",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700021700000000005",
      "created_at" : "Fri Mar 21 19:16:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Harbor Way. Expect low pressure until 5 p.m. More: https://t.co/pBDKbFlaj6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021700000000006"
          ],
          "editableUntil" : "2025-03-24T23:43:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/oJQih-tBRW",
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
      "favorite_count" : "27",
      "id_str" : "1700021700000000006",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700021700000000006",
      "created_at" : "Mon Mar 24 22:43:55 +0000 2025",
      "favorited" : false,
      "full_text" : "Building an ADU: our guide walks you through the permit steps. More: https://t.co/oJQih-tBRW",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021700000000007"
          ],
          "editableUntil" : "2025-03-31T18:51:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/KRFeZOy2Pj",
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
      "favorite_count" : "68",
      "id_str" : "1700021700000000007",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700021700000000007",
      "created_at" : "Mon Mar 31 17:51:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Fourth of July fireworks return to Harbor Point Marina Green! Gates open at 6 p.m. 🎉 More: https://t.co/KRFeZOy2Pj",
      "lang" : "en"
    }
  }
]
