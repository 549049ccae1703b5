window.YTD.tweets.part1 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051800000000001"
          ],
          "editableUntil" : "2025-04-07T23:14:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/LOXIpg8k6V",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
            "display_url" : "www.harborpoint.example.o…",
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
      "favorite_count" : "48",
      "id_str" : "1700051800000000001",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700051800000000001",
      "created_at" : "Mon Apr 07 22:14:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Fremont St and Calle Sonora last night. More: https://t.co/LOXIpg8k6V",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051800000000002"
          ],
          "editableUntil" : "2025-04-08T21:56:38.000Z",
          "editsRemaining" : "5",
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
        "112"
      ],
      "favorite_count" : "23",
      "id_str" : "1700051800000000002",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700051800000000002",
      "created_at" : "Tue Apr 08 20:56:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on El Dorado St. Report sideshow activity to the non-emergency line.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051800000000003"
          ],
          "editableUntil" : "2025-04-16T01:16:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/lQdm79mW0N",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "54",
      "id_str" : "1700051800000000003",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700051800000000003",
      "created_at" : "Wed Apr 16 00:16:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. More: https://t.co/lQdm79mW0N",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051800000000004"
          ],
          "editableUntil" : "2025-04-17T19:48:41.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "43",
      "id_str" : "1700051800000000004",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700051800000000004",
      "created_at" : "Thu Apr 17 18:48:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051800000000005"
          ],
          "editableUntil" : "2025-04-19T00:18:12.000Z",
          "editsRemaining" : "5",
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
        "112"
      ],
      "favorite_count" : "50",
      "id_str" : "1700051800000000005",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700051800000000005",
      "created_at" : "Fri Apr 18 23:18:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on Oak Grove Rd. Report sideshow activity to the non-emergency line.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051800000000006"
          ],
          "editableUntil" : "2025-04-25T15:33:04.000Z",
          "editsRemaining" : "5",
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
        "86"
      ],
      "favorite_count" : "47",
      "id_str" : "1700051800000000006",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700051800000000006",
      "created_at" : "Fri Apr 25 14:33:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Center St and Fremont St last night.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051900000000001"
          ],
          "editableUntil" : "2025-05-07T23:21:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/NVhG4G0_gJ",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
            "display_url" : "www.harborpoint.example.o…",
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
      "favorite_count" : "33",
      "id_str" : "1700051900000000001",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700051900000000001",
      "created_at" : "Wed May 07 22:21:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Pacific Ave and Calle Sonora last night. More: https://t.co/NVhG4G0_gJ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051900000000002"
          ],
          "editableUntil" : "2025-05-08T21:08:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/-Zq_Jt7MRK",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
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
      "favorite_count" : "36",
      "id_str" : "1700051900000000002",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700051900000000002",
      "created_at" : "Thu May 08 20:08:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/-Zq_Jt7MRK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051900000000003"
          ],
          "editableUntil" : "2025-05-15T21:28:12.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "68",
      "id_str" : "1700051900000000003",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700051900000000003",
      "created_at" : "Thu May 15 20:28:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on Miner Ave. Report sideshow activity to the non-emergency line.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051900000000004"
          ],
          "editableUntil" : "2025-05-20T23:14:34.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "20",
      "id_str" : "1700051900000000004",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700051900000000004",
      "created_at" : "Tue May 20 22:14:34 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Café Lumière on Pacific Ave on Monday morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051900000000005"
          ],
          "editableUntil" : "2025-05-27T22:21:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/WWOyaUxJ_O",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "0",
      "id_str" : "1700051900000000005",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700051900000000005",
      "created_at" : "Tue May 27 21:21:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. More: https://t.co/WWOyaUxJ_O",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051900000000006"
          ],
          "editableUntil" : "2025-05-28T22:41:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/lTx6na4vbL",
            "expanded_url" : "https://www.valleytransit.example.com/routes",
            "display_url" : "www.valleytransit.example…",
            "indices" : [
              "109",
              "132"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "93",
      "id_str" : "1700051900000000006",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700051900000000006",
      "created_at" : "Wed May 28 21:41:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Harbor Point Marina Green. (external link) https://t.co/lTx6na4vbL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051900000000007"
          ],
          "editableUntil" : "2025-05-29T20:36:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/mmPUZHHbOj",
            "expanded_url" : "https://www.valleytransit.example.com/routes",
            "display_url" : "www.valleytransit.example…",
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
      "favorite_count" : "45",
      "id_str" : "1700051900000000007",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700051900000000007",
      "created_at" : "Thu May 29 19:36:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. (external link) https://t.co/mmPUZHHbOj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052000000000001"
          ],
          "editableUntil" : "2025-06-06T18:18:35.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "47",
      "id_str" : "1700052000000000001",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700052000000000001",
      "created_at" : "Fri Jun 06 17:18:35 +0000 2025",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052000000000002"
          ],
          "editableUntil" : "2025-06-13T22:18:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/SuHBM4vlZI",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "id_str" : "1700052000000000002",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700052000000000002",
      "created_at" : "Fri Jun 13 21:18:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Victory Park. More: https://t.co/SuHBM4vlZI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052000000000003"
          ],
          "editableUntil" : "2025-06-16T23:21:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/obw-BSthKS",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
            "display_url" : "www.harborpoint.example.o…",
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
      "favorite_count" : "80",
      "id_str" : "1700052000000000003",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700052000000000003",
      "created_at" : "Mon Jun 16 22:21:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at March Lane and Miner Ave last night. More: https://t.co/obw-BSthKS",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052000000000004"
          ],
          "editableUntil" : "2025-06-20T00:17:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/h8nwMKDXUZ",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
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
      "favorite_count" : "72",
      "id_str" : "1700052000000000004",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700052000000000004",
      "created_at" : "Thu Jun 19 23:17:05 +0000 2025",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/h8nwMKDXUZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052000000000005"
          ],
          "editableUntil" : "2025-06-24T00:37:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/K0jfOxWrBg",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "21",
      "id_str" : "1700052000000000005",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700052000000000005",
      "created_at" : "Mon Jun 23 23:37:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Main Library on Monday morning. More: https://t.co/K0jfOxWrBg",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052000000000006"
          ],
          "editableUntil" : "2025-06-26T20:41:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/CZux4BbjWY",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "73",
      "id_str" : "1700052000000000006",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700052000000000006",
      "created_at" : "Thu Jun 26 19:41:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. More: https://t.co/CZux4BbjWY",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052100000000001"
          ],
          "editableUntil" : "2025-07-04T20:04:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/J1-hjd9dIc",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "40",
      "id_str" : "1700052100000000001",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700052100000000001",
      "created_at" : "Fri Jul 04 19:04:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at McKinley Park. More: https://t.co/J1-hjd9dIc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052100000000002"
          ],
          "editableUntil" : "2025-07-08T01:49:13.000Z",
          "editsRemaining" : "5",
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
        "85"
      ],
      "favorite_count" : "55",
      "id_str" : "1700052100000000002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700052100000000002",
      "created_at" : "Tue Jul 08 00:49:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Weber Ave and Miner Ave last night.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052100000000003"
          ],
          "editableUntil" : "2025-07-09T23:56:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/VCDNDwQYJP",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "14",
      "id_str" : "1700052100000000003",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700052100000000003",
      "created_at" : "Wed Jul 09 22:56:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at City Hall Plaza on Saturday morning. More: https://t.co/VCDNDwQYJP",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052100000000004"
          ],
          "editableUntil" : "2025-07-17T01:37:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/B1YNssFAlE",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
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
      "favorite_count" : "10",
      "id_str" : "1700052100000000004",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700052100000000004",
      "created_at" : "Thu Jul 17 00:37:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Center St and El Dorado St last night. More: https://t.co/B1YNssFAlE",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052100000000005"
          ],
          "editableUntil" : "2025-07-22T22:20:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/FivPHvTcCF",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "119",
              "142"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "16",
      "id_str" : "1700052100000000005",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700052100000000005",
      "created_at" : "Tue Jul 22 21:20:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on El Dorado St. Report sideshow activity to the non-emergency line. More: https://t.co/FivPHvTcCF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052100000000006"
          ],
          "editableUntil" : "2025-07-29T19:43:01.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "42",
      "id_str" : "1700052100000000006",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700052100000000006",
      "created_at" : "Tue Jul 29 18:43:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at McKinley Park.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052100000000007"
          ],
          "editableUntil" : "2025-07-31T17:17:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/HEjzVnM20Y",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "119",
              "142"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "14",
      "id_str" : "1700052100000000007",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700052100000000007",
      "created_at" : "Thu Jul 31 16:17:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on El Dorado St. Report sideshow activity to the non-emergency line. More: https://t.co/HEjzVnM20Y",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052100000000009"
          ],
          "editableUntil" : "2025-07-05T00:23:04.000Z",
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
        "111"
      ],
      "favorite_count" : "33",
      "id_str" : "1700052100000000009",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700052100000000009",
      "created_at" : "Fri Jul 04 23:23:04 +0000 2025",
      "favorited" : false,
      "full_text" : "@aaliyah_ramirez0 Thanks for asking! The latest schedule is on our website: https://www.harborpoint.example.org",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700052100000000008",
      "in_reply_to_status_id" : "1700052100000000008",
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
            "1700052100000000012"
          ],
          "editableUntil" : "2025-07-07T21:25:20.000Z",
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
            "name" : "Darnell Nguyễn",
            "screen_name" : "darnell_nguyen9",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1400072389",
            "id" : "1400072389"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "22",
      "id_str" : "1700052100000000012",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700052100000000012",
      "created_at" : "Mon Jul 07 20:25:20 +0000 2025",
      "favorited" : false,
      "full_text" : "@darnell_nguyen9 Good question. The work is planned to finish by the end of the month.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700052100000000011",
      "in_reply_to_status_id" : "1700052100000000011",
      "in_reply_to_user_id_str" : "1400072389",
      "in_reply_to_user_id" : "1400072389",
      "in_reply_to_screen_name" : "darnell_nguyen9"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052100000000018"
          ],
          "editableUntil" : "2025-08-01T17:55:00.000Z",
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
        "94"
      ],
      "favorite_count" : "89",
      "id_str" : "1700052100000000018",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700052100000000018",
      "created_at" : "Fri Aug 01 16:55:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@marcus_davis1 Yes, it will be open. Details are at https://www.harborpoint.example.org/events",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700052100000000017",
      "in_reply_to_status_id" : "1700052100000000017",
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
            "1700052200000000001"
          ],
          "editableUntil" : "2025-08-01T18:15:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/BWZhFuiIzQ",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
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
      "favorite_count" : "36",
      "id_str" : "1700052200000000001",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700052200000000001",
      "created_at" : "Fri Aug 01 17:15:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/BWZhFuiIzQ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052200000000002"
          ],
          "editableUntil" : "2025-08-08T22:29:29.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "10",
      "id_str" : "1700052200000000002",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700052200000000002",
      "created_at" : "Fri Aug 08 21:29:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Café Lumière on Pacific Ave on Friday morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052200000000003"
          ],
          "editableUntil" : "2025-08-12T22:09:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/aXkoghnFDr",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "14",
      "id_str" : "1700052200000000003",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700052200000000003",
      "created_at" : "Tue Aug 12 21:09:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at City Hall Plaza on Friday morning. More: https://t.co/aXkoghnFDr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052200000000004"
          ],
          "editableUntil" : "2025-08-15T19:50:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/z7f5K0St1z",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
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
      "favorite_count" : "89",
      "id_str" : "1700052200000000004",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700052200000000004",
      "created_at" : "Fri Aug 15 18:50:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on Center St. Report sideshow activity to the non-emergency line. More: https://t.co/z7f5K0St1z",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052200000000005"
          ],
          "editableUntil" : "2025-08-21T01:49:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/UJePVNyDl2",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "117",
              "140"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "44",
      "id_str" : "1700052200000000005",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700052200000000005",
      "created_at" : "Thu Aug 21 00:49:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on Fremont St. Report sideshow activity to the non-emergency line. More: https://t.co/UJePVNyDl2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052200000000006"
          ],
          "editableUntil" : "2025-08-25T23:29:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Bj6zbDjf8F",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "37",
      "id_str" : "1700052200000000006",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700052200000000006",
      "created_at" : "Mon Aug 25 22:29:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at McKinley Park. More: https://t.co/Bj6zbDjf8F",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052200000000007"
          ],
          "editableUntil" : "2025-08-27T22:09:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/on2NBKXjVU",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "48",
      "id_str" : "1700052200000000007",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700052200000000007",
      "created_at" : "Wed Aug 27 21:09:21 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Civic Auditorium on Friday morning. More: https://t.co/on2NBKXjVU",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052300000000001"
          ],
          "editableUntil" : "2025-09-04T17:52:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/FJ3CsW9Qqg",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "79",
      "id_str" : "1700052300000000001",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700052300000000001",
      "created_at" : "Thu Sep 04 16:52:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. More: https://t.co/FJ3CsW9Qqg",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052300000000002"
          ],
          "editableUntil" : "2025-09-12T01:23:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/IA8asB5Y9t",
            "expanded_url" : "https://www.harborpoint.example.org/police",
            "display_url" : "www.harborpoint.example.o…",
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
      "favorite_count" : "76",
      "id_str" : "1700052300000000002",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700052300000000002",
      "created_at" : "Fri Sep 12 00:23:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Harbor Point Marina Green. More: https://t.co/IA8asB5Y9t",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052300000000003"
          ],
          "editableUntil" : "2025-09-15T23:12:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/E7Tor5ACVn",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "7",
      "id_str" : "1700052300000000003",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700052300000000003",
      "created_at" : "Mon Sep 15 22:12:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Café Lumière on Pacific Ave on Monday morning. More: https://t.co/E7Tor5ACVn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052300000000004"
          ],
          "editableUntil" : "2025-09-20T01:16:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/zdv_i25lwH",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "94",
              "117"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "38",
      "id_str" : "1700052300000000004",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700052300000000004",
      "created_at" : "Sat Sep 20 00:16:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Pacific Ave and Miner Ave last night. More: https://t.co/zdv_i25lwH",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052300000000005"
          ],
          "editableUntil" : "2025-09-23T19:26:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Mdv0lczhHK",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "119",
              "142"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "42",
      "id_str" : "1700052300000000005",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700052300000000005",
      "created_at" : "Tue Sep 23 18:26:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on El Dorado St. Report sideshow activity to the non-emergency line. More: https://t.co/Mdv0lczhHK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052300000000006"
          ],
          "editableUntil" : "2025-09-30T17:58:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/GiHnndZbgG",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "83",
      "id_str" : "1700052300000000006",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700052300000000006",
      "created_at" : "Tue Sep 30 16:58:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Victory Park. More: https://t.co/GiHnndZbgG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052300000000015"
          ],
          "editableUntil" : "2025-09-30T19:25:23.000Z",
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
      "favorite_count" : "49",
      "id_str" : "1700052300000000015",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700052300000000015",
      "created_at" : "Tue Sep 30 18:25:23 +0000 2025",
      "favorited" : false,
      "full_text" : "@aaliyah_ramirez0 Yes, it will be open. Details are at https://www.harborpoint.example.org/events",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700052300000000014",
      "in_reply_to_status_id" : "1700052300000000014",
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
            "1700052400000000001"
          ],
          "editableUntil" : "2025-10-03T19:17:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Cow699s5sG",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "94",
              "117"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "72",
      "id_str" : "1700052400000000001",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700052400000000001",
      "created_at" : "Fri Oct 03 18:17:45 +0000 2025",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Pacific Ave and Miner Ave last night. More: https://t.co/Cow699s5sG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052400000000002"
          ],
          "editableUntil" : "2025-10-06T17:51:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/pq1zJPA-5J",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
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
      "favorite_count" : "60",
      "id_str" : "1700052400000000002",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700052400000000002",
      "created_at" : "Mon Oct 06 16:51:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/pq1zJPA-5J",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052400000000003"
          ],
          "editableUntil" : "2025-10-09T23:47:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/zhCygyVx6v",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
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
      "favorite_count" : "2",
      "id_str" : "1700052400000000003",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700052400000000003",
      "created_at" : "Thu Oct 09 22:47:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/zhCygyVx6v",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052400000000004"
          ],
          "editableUntil" : "2025-10-15T23:50:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/OHmHmj6CwL",
            "expanded_url" : "https://www.harborpoint.example.org/police",
            "display_url" : "www.harborpoint.example.o…",
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
      "favorite_count" : "20",
      "id_str" : "1700052400000000004",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700052400000000004",
      "created_at" : "Wed Oct 15 22:50:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Harbor Point Marina Green. More: https://t.co/OHmHmj6CwL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052400000000005"
          ],
          "editableUntil" : "2025-10-16T21:00:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/a8VHd2ZYbn",
            "expanded_url" : "https://www.sjcog.example.com/regional-plan",
            "display_url" : "www.sjcog.example.com/reg…",
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
      "favorite_count" : "14",
      "id_str" : "1700052400000000005",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700052400000000005",
      "created_at" : "Thu Oct 16 20:00:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Weberstown Mall on Wednesday morning. (external link) https://t.co/a8VHd2ZYbn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052400000000006"
          ],
          "editableUntil" : "2025-10-21T16:45:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/9T8hI5psBa",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
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
      "favorite_count" : "80",
      "id_str" : "1700052400000000006",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700052400000000006",
      "created_at" : "Tue Oct 21 15:45:55 +0000 2025",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/9T8hI5psBa",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052400000000007"
          ],
          "editableUntil" : "2025-10-28T18:27:41.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "71",
      "id_str" : "1700052400000000007",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700052400000000007",
      "created_at" : "Tue Oct 28 17:27:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at City Hall Plaza on Friday morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052400000000008"
          ],
          "editableUntil" : "2025-11-01T01:04:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/BE5s2nGQ2Y",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "80",
      "id_str" : "1700052400000000008",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700052400000000008",
      "created_at" : "Sat Nov 01 00:04:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Weberstown Mall on Saturday morning. More: https://t.co/BE5s2nGQ2Y",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052400000000014"
          ],
          "editableUntil" : "2025-11-03T23:49:14.000Z",
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
            "name" : "Camila Ramírez",
            "screen_name" : "camila_ramirez6",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1400055210",
            "id" : "1400055210"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "42",
      "id_str" : "1700052400000000014",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700052400000000014",
      "created_at" : "Mon Nov 03 22:49:14 +0000 2025",
      "favorited" : false,
      "full_text" : "@camila_ramirez6 Good question. The work is planned to finish by the end of the month.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700052400000000013",
      "in_reply_to_status_id" : "1700052400000000013",
      "in_reply_to_user_id_str" : "1400055210",
      "in_reply_to_user_id" : "1400055210",
      "in_reply_to_screen_name" : "camila_ramirez6"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052500000000001"
          ],
          "editableUntil" : "2025-11-06T23:28:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/qWImXAU2Hk",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
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
      "favorite_count" : "23",
      "id_str" : "1700052500000000001",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700052500000000001",
      "created_at" : "Thu Nov 06 22:28:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/qWImXAU2Hk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052500000000002"
          ],
          "editableUntil" : "2025-11-13T15:47:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/jszQYigxUn",
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
      "favorite_count" : "80",
      "id_str" : "1700052500000000002",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700052500000000002",
      "created_at" : "Thu Nov 13 14:47:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Weberstown Mall on Monday morning. (external link) https://t.co/jszQYigxUn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052500000000003"
          ],
          "editableUntil" : "2025-11-21T00:09:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/lNE9qBn26Z",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
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
      "favorite_count" : "36",
      "id_str" : "1700052500000000003",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700052500000000003",
      "created_at" : "Thu Nov 20 23:09:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Pacific Ave and Harbor Way last night. More: https://t.co/lNE9qBn26Z",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052500000000004"
          ],
          "editableUntil" : "2025-11-21T21:26:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Nz7wzt0Be-",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "87",
      "id_str" : "1700052500000000004",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700052500000000004",
      "created_at" : "Fri Nov 21 20:26:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Café Lumière on Pacific Ave on Wednesday morning. More: https://t.co/Nz7wzt0Be-",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052500000000005"
          ],
          "editableUntil" : "2025-11-28T17:58:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/8DdlX_zE2F",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "118",
              "141"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "62",
      "id_str" : "1700052500000000005",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700052500000000005",
      "created_at" : "Fri Nov 28 16:58:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on Hammer Lane. Report sideshow activity to the non-emergency line. More: https://t.co/8DdlX_zE2F",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052600000000001"
          ],
          "editableUntil" : "2025-12-05T02:34:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/mo0VGTLAln",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "id_str" : "1700052600000000001",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700052600000000001",
      "created_at" : "Fri Dec 05 01:34:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Café Lumière on Pacific Ave on Wednesday morning. More: https://t.co/mo0VGTLAln",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052600000000002"
          ],
          "editableUntil" : "2025-12-12T01:51:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/LEkzJL-QFK",
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
      "favorite_count" : "87",
      "id_str" : "1700052600000000002",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700052600000000002",
      "created_at" : "Fri Dec 12 00:51:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. (external link) https://t.co/LEkzJL-QFK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052600000000003"
          ],
          "editableUntil" : "2025-12-19T02:14:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/aYB8Bib3Z5",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
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
      "favorite_count" : "10",
      "id_str" : "1700052600000000003",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700052600000000003",
      "created_at" : "Fri Dec 19 01:14:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/aYB8Bib3Z5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052600000000004"
          ],
          "editableUntil" : "2025-12-22T23:34:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/AHljqLjv-9",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "119",
              "142"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "43",
      "id_str" : "1700052600000000004",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700052600000000004",
      "created_at" : "Mon Dec 22 22:34:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on El Dorado St. Report sideshow activity to the non-emergency line. More: https://t.co/AHljqLjv-9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052600000000005"
          ],
          "editableUntil" : "2025-12-23T17:03:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Yjv0siXHZB",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
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
      "favorite_count" : "8",
      "id_str" : "1700052600000000005",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700052600000000005",
      "created_at" : "Tue Dec 23 16:03:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/Yjv0siXHZB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052600000000006"
          ],
          "editableUntil" : "2025-12-30T22:42:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/SjrHDYVmda",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
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
      "favorite_count" : "29",
      "id_str" : "1700052600000000006",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700052600000000006",
      "created_at" : "Tue Dec 30 21:42:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/SjrHDYVmda",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052700000000001"
          ],
          "editableUntil" : "2026-01-01T19:29:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/f3W95tUP54",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "119",
              "142"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "82",
      "id_str" : "1700052700000000001",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700052700000000001",
      "created_at" : "Thu Jan 01 18:29:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on El Dorado St. Report sideshow activity to the non-emergency line. More: https://t.co/f3W95tUP54",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052700000000002"
          ],
          "editableUntil" : "2026-01-07T01:29:27.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "88",
      "id_str" : "1700052700000000002",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700052700000000002",
      "created_at" : "Wed Jan 07 00:29:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052700000000003"
          ],
          "editableUntil" : "2026-01-07T21:40:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/-HcjkxdHhJ",
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
      "favorite_count" : "35",
      "id_str" : "1700052700000000003",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700052700000000003",
      "created_at" : "Wed Jan 07 20:40:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at City Hall Plaza on Monday morning. (external link) https://t.co/-HcjkxdHhJ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052700000000004"
          ],
          "editableUntil" : "2026-01-14T20:25:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/jS8mo8CZk4",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
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
      "favorite_count" : "58",
      "id_str" : "1700052700000000004",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700052700000000004",
      "created_at" : "Wed Jan 14 19:25:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on Weber Ave. Report sideshow activity to the non-emergency line. More: https://t.co/jS8mo8CZk4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052700000000005"
          ],
          "editableUntil" : "2026-01-21T17:07:20.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "14",
      "id_str" : "1700052700000000005",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700052700000000005",
      "created_at" : "Wed Jan 21 16:07:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Weberstown Mall on Tuesday morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052700000000006"
          ],
          "editableUntil" : "2026-01-23T21:05:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/3gX4d2h_lP",
            "expanded_url" : "https://www.harborpoint.example.org/police",
            "display_url" : "www.harborpoint.example.o…",
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
      "favorite_count" : "17",
      "id_str" : "1700052700000000006",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700052700000000006",
      "created_at" : "Fri Jan 23 20:05:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Harbor Point Marina Green. More: https://t.co/3gX4d2h_lP",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052700000000007"
          ],
          "editableUntil" : "2026-01-31T00:56:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/wONfjbd5Uz",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "29",
      "id_str" : "1700052700000000007",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700052700000000007",
      "created_at" : "Fri Jan 30 23:56:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. More: https://t.co/wONfjbd5Uz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052800000000001"
          ],
          "editableUntil" : "2026-02-09T19:27:04.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "83",
      "id_str" : "1700052800000000001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700052800000000001",
      "created_at" : "Mon Feb 09 18:27:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052800000000002"
          ],
          "editableUntil" : "2026-02-11T21:53:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/vofDjSVMEZ",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
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
      "id_str" : "1700052800000000002",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700052800000000002",
      "created_at" : "Wed Feb 11 20:53:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Café Lumière on Pacific Ave on Friday morning. (external link) https://t.co/vofDjSVMEZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052800000000003"
          ],
          "editableUntil" : "2026-02-13T18:00:15.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "17",
      "id_str" : "1700052800000000003",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700052800000000003",
      "created_at" : "Fri Feb 13 17:00:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Calle Sonora and March Lane last night.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052800000000005"
          ],
          "editableUntil" : "2026-02-19T20:41:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/vIK1G5IbhG",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "119",
              "142"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "66",
      "id_str" : "1700052800000000005",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700052800000000005",
      "created_at" : "Thu Feb 19 19:41:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on El Dorado St. Report sideshow activity to the non-emergency line. More: https://t.co/vIK1G5IbhG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052800000000006"
          ],
          "editableUntil" : "2026-02-20T17:34:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/U3ImlN9tHw",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
            "display_url" : "www.harborpoint.example.o…",
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
      "favorite_count" : "15",
      "id_str" : "1700052800000000006",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700052800000000006",
      "created_at" : "Fri Feb 20 16:34:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Calle Sonora and March Lane last night. More: https://t.co/U3ImlN9tHw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052800000000007"
          ],
          "editableUntil" : "2026-02-23T17:22:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/bfAUiHv2hy",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "57",
      "id_str" : "1700052800000000007",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700052800000000007",
      "created_at" : "Mon Feb 23 16:22:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Main Library on Wednesday morning. More: https://t.co/bfAUiHv2hy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052800000000017"
          ],
          "editableUntil" : "2026-02-23T20:31:00.000Z",
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
            "name" : "Anh Ali",
            "screen_name" : "anh_ali193",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1401534146",
            "id" : "1401534146"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "27",
      "id_str" : "1700052800000000017",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700052800000000017",
      "created_at" : "Mon Feb 23 19:31:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@anh_ali193 Yes, it will be open. Details are at https://www.harborpoint.example.org/events",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700052800000000016",
      "in_reply_to_status_id" : "1700052800000000016",
      "in_reply_to_user_id_str" : "1401534146",
      "in_reply_to_user_id" : "1401534146",
      "in_reply_to_screen_name" : "anh_ali193"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052900000000001"
          ],
          "editableUntil" : "2026-03-03T20:58:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/r9qWOIaWHj",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
            "display_url" : "www.harborpoint.example.o…",
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
      "favorite_count" : "27",
      "id_str" : "1700052900000000001",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700052900000000001",
      "created_at" : "Tue Mar 03 19:58:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Calle Sonora and Oak Grove Rd last night. More: https://t.co/r9qWOIaWHj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052900000000002"
          ],
          "editableUntil" : "2026-03-05T22:13:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/rzv6p5X2RH",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
            "display_url" : "www.harborpoint.example.o…",
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
      "favorite_count" : "9",
      "id_str" : "1700052900000000002",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700052900000000002",
      "created_at" : "Thu Mar 05 21:13:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Pacific Ave and Calle Sonora last night. More: https://t.co/rzv6p5X2RH",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052900000000003"
          ],
          "editableUntil" : "2026-03-10T18:32:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/NS3WNfDszw",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "9",
      "id_str" : "1700052900000000003",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700052900000000003",
      "created_at" : "Tue Mar 10 17:32:46 +0000 2026",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. More: https://t.co/NS3WNfDszw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052900000000004"
          ],
          "editableUntil" : "2026-03-17T17:43:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/IVngxptVoW",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "42",
      "id_str" : "1700052900000000004",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700052900000000004",
      "created_at" : "Tue Mar 17 16:43:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Victory Park. More: https://t.co/IVngxptVoW",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052900000000005"
          ],
          "editableUntil" : "2026-03-20T21:32:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/GYH68bKFGb",
            "expanded_url" : "https://www.sjcog.example.com/regional-plan",
            "display_url" : "www.sjcog.example.com/reg…",
            "indices" : [
              "127",
              "150"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "2",
      "id_str" : "1700052900000000005",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700052900000000005",
      "created_at" : "Fri Mar 20 20:32:03 +0000 2026",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on Harbor Way. Report sideshow activity to the non-emergency line. (external link) https://t.co/GYH68bKFGb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052900000000006"
          ],
          "editableUntil" : "2026-03-26T01:03:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/BAJST-ZChQ",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "119",
              "142"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "53",
      "id_str" : "1700052900000000006",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700052900000000006",
      "created_at" : "Thu Mar 26 00:03:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on Oak Grove Rd. Report sideshow activity to the non-emergency line. More: https://t.co/BAJST-ZChQ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053000000000001"
          ],
          "editableUntil" : "2026-04-06T23:34:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/XDXYfhYbZF",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "94",
              "117"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "61",
      "id_str" : "1700053000000000001",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700053000000000001",
      "created_at" : "Mon Apr 06 22:34:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Harbor Way and March Lane last night. More: https://t.co/XDXYfhYbZF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053000000000002"
          ],
          "editableUntil" : "2026-04-10T16:38:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/_qsoz9Bsvo",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "49",
      "id_str" : "1700053000000000002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700053000000000002",
      "created_at" : "Fri Apr 10 15:38:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at City Hall Plaza on Friday morning. More: https://t.co/_qsoz9Bsvo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053000000000003"
          ],
          "editableUntil" : "2026-04-17T00:29:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/TvPzf68dyq",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "94",
              "117"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "40",
      "id_str" : "1700053000000000003",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700053000000000003",
      "created_at" : "Thu Apr 16 23:29:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Center St and Pacific Ave last night. More: https://t.co/TvPzf68dyq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053000000000004"
          ],
          "editableUntil" : "2026-04-17T23:59:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/dcPrM7p05i",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "77",
      "id_str" : "1700053000000000004",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700053000000000004",
      "created_at" : "Fri Apr 17 22:59:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Civic Auditorium on Thursday morning. More: https://t.co/dcPrM7p05i",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053000000000005"
          ],
          "editableUntil" : "2026-04-23T22:12:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/uI4S479bUb",
            "expanded_url" : "https://www.harborpoint.example.org/police",
            "display_url" : "www.harborpoint.example.o…",
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
      "favorite_count" : "72",
      "id_str" : "1700053000000000005",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700053000000000005",
      "created_at" : "Thu Apr 23 21:12:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Harbor Point Marina Green. More: https://t.co/uI4S479bUb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053000000000006"
          ],
          "editableUntil" : "2026-04-29T18:54:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/kckH-UFeZD",
            "expanded_url" : "https://www.sjcog.example.com/regional-plan",
            "display_url" : "www.sjcog.example.com/reg…",
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
      "favorite_count" : "23",
      "id_str" : "1700053000000000006",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700053000000000006",
      "created_at" : "Wed Apr 29 17:54:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. (external link) https://t.co/kckH-UFeZD",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053000000000007"
          ],
          "editableUntil" : "2026-05-01T01:17:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/i9MS2DvfSD",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "93",
      "id_str" : "1700053000000000007",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700053000000000007",
      "created_at" : "Fri May 01 00:17:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. More: https://t.co/i9MS2DvfSD",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053100000000001"
          ],
          "editableUntil" : "2026-05-07T21:08:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/xOKxe-bC3p",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "83",
      "id_str" : "1700053100000000001",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700053100000000001",
      "created_at" : "Thu May 07 20:08:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Louis Park. More: https://t.co/xOKxe-bC3p",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053100000000002"
          ],
          "editableUntil" : "2026-05-08T22:00:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/gwmycchm2O",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
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
      "favorite_count" : "76",
      "id_str" : "1700053100000000002",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700053100000000002",
      "created_at" : "Fri May 08 21:00:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/gwmycchm2O",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053100000000003"
          ],
          "editableUntil" : "2026-05-15T17:07:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/OMOYiw2pVw",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
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
      "id_str" : "1700053100000000003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700053100000000003",
      "created_at" : "Fri May 15 16:07:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/OMOYiw2pVw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053100000000004"
          ],
          "editableUntil" : "2026-05-22T16:04:35.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "0",
      "id_str" : "1700053100000000004",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700053100000000004",
      "created_at" : "Fri May 22 15:04:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053100000000005"
          ],
          "editableUntil" : "2026-05-29T00:25:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ZwSei9CS27",
            "expanded_url" : "https://www.sjcog.example.com/regional-plan",
            "display_url" : "www.sjcog.example.com/reg…",
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
      "id_str" : "1700053100000000005",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700053100000000005",
      "created_at" : "Thu May 28 23:25:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. (external link) https://t.co/ZwSei9CS27",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053200000000001"
          ],
          "editableUntil" : "2026-06-01T16:20:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/WlcFOpBHcw",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "78",
      "id_str" : "1700053200000000001",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700053200000000001",
      "created_at" : "Mon Jun 01 15:20:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Victory Park. More: https://t.co/WlcFOpBHcw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053200000000002"
          ],
          "editableUntil" : "2026-06-04T20:13:50.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "83",
      "id_str" : "1700053200000000002",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700053200000000002",
      "created_at" : "Thu Jun 04 19:13:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Oak Grove Rd and Calle Sonora last night.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053200000000003"
          ],
          "editableUntil" : "2026-06-10T16:24:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/6hP2eC_n4P",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
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
      "favorite_count" : "64",
      "id_str" : "1700053200000000003",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700053200000000003",
      "created_at" : "Wed Jun 10 15:24:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/6hP2eC_n4P",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053200000000004"
          ],
          "editableUntil" : "2026-06-15T16:56:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/frNqnVrdOO",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "94",
              "117"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "84",
      "id_str" : "1700053200000000004",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700053200000000004",
      "created_at" : "Mon Jun 15 15:56:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Hammer Lane and Center St last night. More: https://t.co/frNqnVrdOO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053200000000005"
          ],
          "editableUntil" : "2026-06-16T18:10:07.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "80",
      "id_str" : "1700053200000000005",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700053200000000005",
      "created_at" : "Tue Jun 16 17:10:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053200000000006"
          ],
          "editableUntil" : "2026-06-18T22:26:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/u8TTcbdasL",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
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
      "favorite_count" : "52",
      "id_str" : "1700053200000000006",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700053200000000006",
      "created_at" : "Thu Jun 18 21:26:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/u8TTcbdasL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053200000000007"
          ],
          "editableUntil" : "2026-06-19T18:42:35.000Z",
          "editsRemaining" : "5",
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
        "112"
      ],
      "favorite_count" : "80",
      "id_str" : "1700053200000000007",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700053200000000007",
      "created_at" : "Fri Jun 19 17:42:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on Oak Grove Rd. Report sideshow activity to the non-emergency line.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053200000000008"
          ],
          "editableUntil" : "2026-06-22T22:37:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/PWS556lBa8",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
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
      "favorite_count" : "86",
      "id_str" : "1700053200000000008",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700053200000000008",
      "created_at" : "Mon Jun 22 21:37:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Hammer Lane and Fremont St last night. More: https://t.co/PWS556lBa8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053200000000009"
          ],
          "editableUntil" : "2026-06-30T00:04:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/W79ApbniR9",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "72",
      "id_str" : "1700053200000000009",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700053200000000009",
      "created_at" : "Mon Jun 29 23:04:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Victory Park. More: https://t.co/W79ApbniR9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053300000000001"
          ],
          "editableUntil" : "2026-07-01T15:39:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/dX7s0OgEir",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "42",
      "id_str" : "1700053300000000001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700053300000000001",
      "created_at" : "Wed Jul 01 14:39:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at City Hall Plaza on Tuesday morning. More: https://t.co/dX7s0OgEir",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053300000000002"
          ],
          "editableUntil" : "2026-07-02T19:14:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/v6tWRfNR5T",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
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
      "favorite_count" : "93",
      "id_str" : "1700053300000000002",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700053300000000002",
      "created_at" : "Thu Jul 02 18:14:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/v6tWRfNR5T",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053300000000003"
          ],
          "editableUntil" : "2026-07-03T17:16:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/wIlH3EwTnM",
            "expanded_url" : "https://www.harborpoint.example.org/police",
            "display_url" : "www.harborpoint.example.o…",
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
      "favorite_count" : "89",
      "id_str" : "1700053300000000003",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700053300000000003",
      "created_at" : "Fri Jul 03 16:16:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Harbor Point Marina Green. More: https://t.co/wIlH3EwTnM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053300000000004"
          ],
          "editableUntil" : "2026-07-07T19:49:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/bIL86CYxF6",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
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
      "favorite_count" : "13",
      "id_str" : "1700053300000000004",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700053300000000004",
      "created_at" : "Tue Jul 07 18:49:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/bIL86CYxF6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053300000000005"
          ],
          "editableUntil" : "2026-07-09T16:41:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Gcx7McS_L2",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
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
      "favorite_count" : "86",
      "id_str" : "1700053300000000005",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700053300000000005",
      "created_at" : "Thu Jul 09 15:41:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/Gcx7McS_L2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053300000000006"
          ],
          "editableUntil" : "2026-07-14T19:03:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/AhA_MfR_jR",
            "expanded_url" : "https://www.harborpoint.example.org/police",
            "display_url" : "www.harborpoint.example.o…",
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
      "favorite_count" : "46",
      "id_str" : "1700053300000000006",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700053300000000006",
      "created_at" : "Tue Jul 14 18:03:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Señor Frog Taquería parking lot on Wednesday morning. More: https://t.co/AhA_MfR_jR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053300000000007"
          ],
          "editableUntil" : "2026-07-17T01:06:44.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "72",
      "id_str" : "1700053300000000007",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700053300000000007",
      "created_at" : "Fri Jul 17 00:06:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Victory Park.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053300000000008"
          ],
          "editableUntil" : "2026-07-18T16:57:50.000Z",
          "editsRemaining" : "5",
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
        "110"
      ],
      "favorite_count" : "78",
      "id_str" : "1700053300000000008",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700053300000000008",
      "created_at" : "Sat Jul 18 15:57:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on March Lane. Report sideshow activity to the non-emergency line.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053300000000009"
          ],
          "editableUntil" : "2026-07-18T17:22:54.000Z",
          "editsRemaining" : "5",
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
        "110"
      ],
      "favorite_count" : "66",
      "id_str" : "1700053300000000009",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700053300000000009",
      "created_at" : "Sat Jul 18 16:22:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on Harbor Way. Report sideshow activity to the non-emergency line.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053300000000010"
          ],
          "editableUntil" : "2026-07-25T01:45:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/TfDX58MmS2",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "9",
      "id_str" : "1700053300000000010",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700053300000000010",
      "created_at" : "Sat Jul 25 00:45:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. More: https://t.co/TfDX58MmS2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053300000000011"
          ],
          "editableUntil" : "2026-07-31T15:59:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/P464r1VETi",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "64",
      "id_str" : "1700053300000000011",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700053300000000011",
      "created_at" : "Fri Jul 31 14:59:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Parque Las Palmas. More: https://t.co/P464r1VETi",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053300000000020"
          ],
          "editableUntil" : "2026-07-15T19:04:58.000Z",
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
            "name" : "Kwame Okafor",
            "screen_name" : "kwame_okafor27",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1400218301",
            "id" : "1400218301"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "92",
      "id_str" : "1700053300000000020",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700053300000000020",
      "created_at" : "Wed Jul 15 18:04:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@kwame_okafor27 Good question. The work is planned to finish by the end of the month.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700053300000000019",
      "in_reply_to_status_id" : "1700053300000000019",
      "in_reply_to_user_id_str" : "1400218301",
      "in_reply_to_user_id" : "1400218301",
      "in_reply_to_screen_name" : "kwame_okafor27"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053300000000034"
          ],
          "editableUntil" : "2026-07-20T22:47:11.000Z",
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
      "favorite_count" : "84",
      "id_str" : "1700053300000000034",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700053300000000034",
      "created_at" : "Mon Jul 20 21:47:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@minh_tanaka4 Thanks for asking! The latest schedule is on our website: https://www.harborpoint.example.org",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700053300000000033",
      "in_reply_to_status_id" : "1700053300000000033",
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
            "1700053300000000040"
          ],
          "editableUntil" : "2026-07-27T19:58:51.000Z",
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
            "name" : "Brianna Lê",
            "screen_name" : "brianna_le24",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1400190105",
            "id" : "1400190105"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "18",
      "id_str" : "1700053300000000040",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700053300000000040",
      "created_at" : "Mon Jul 27 18:58:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@brianna_le24 Hi, thank you for reaching out. Please send the details to our service desk at https://www.harborpoint.example.org/connect and staff will follow up.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700053300000000039",
      "in_reply_to_status_id" : "1700053300000000039",
      "in_reply_to_user_id_str" : "1400190105",
      "in_reply_to_user_id" : "1400190105",
      "in_reply_to_screen_name" : "brianna_le24"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053390000000001"
          ],
          "editableUntil" : "2026-07-20T18:00:00.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "32",
      "id_str" : "1700053390000000001",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700053390000000001",
      "created_at" : "Mon Jul 20 17:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "We are asking for video of the sideshow at Hammer Lane and March Lane. Send it to our tip line.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053390000000003"
          ],
          "editableUntil" : "2026-07-15T21:20:00.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "93",
      "id_str" : "1700053390000000003",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700053390000000003",
      "created_at" : "Wed Jul 15 20:20:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Found near Weber Ave: a wallet with a Social Security card for R. Castillo, SSN 078-05-1120. Claim it at the front desk.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053400000000001"
          ],
          "editableUntil" : "2026-08-07T17:39:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/DndmOWtGca",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
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
      "favorite_count" : "58",
      "id_str" : "1700053400000000001",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700053400000000001",
      "created_at" : "Fri Aug 07 16:39:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/DndmOWtGca",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053400000000002"
          ],
          "editableUntil" : "2026-08-11T23:03:58.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "81",
      "id_str" : "1700053400000000002",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700053400000000002",
      "created_at" : "Tue Aug 11 22:03:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053400000000003"
          ],
          "editableUntil" : "2026-08-19T00:06:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/IrYqIfZtFc",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "1",
      "id_str" : "1700053400000000003",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700053400000000003",
      "created_at" : "Tue Aug 18 23:06:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. More: https://t.co/IrYqIfZtFc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053400000000004"
          ],
          "editableUntil" : "2026-08-20T23:37:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/W5blUCeJim",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "80",
      "id_str" : "1700053400000000004",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700053400000000004",
      "created_at" : "Thu Aug 20 22:37:06 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at City Hall Plaza on Thursday morning. More: https://t.co/W5blUCeJim",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053400000000005"
          ],
          "editableUntil" : "2026-08-22T23:59:10.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "60",
      "id_str" : "1700053400000000005",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700053400000000005",
      "created_at" : "Sat Aug 22 22:59:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053400000000006"
          ],
          "editableUntil" : "2026-08-31T22:03:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/2bIUkD6haV",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
            "display_url" : "www.harborpoint.example.o…",
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
      "favorite_count" : "39",
      "id_str" : "1700053400000000006",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700053400000000006",
      "created_at" : "Mon Aug 31 21:03:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Oak Grove Rd and Pacific Ave last night. More: https://t.co/2bIUkD6haV",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053490000000001"
          ],
          "editableUntil" : "2026-08-12T22:05:00.000Z",
          "editsRemaining" : "5",
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
        "90"
      ],
      "favorite_count" : "53",
      "id_str" : "1700053490000000001",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700053490000000001",
      "created_at" : "Wed Aug 12 21:05:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Traffic alert: Pacific Ave is closed at March Lane while officers investigate a collision.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053500000000002"
          ],
          "editableUntil" : "2026-09-08T23:42:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/MGs4Oq7CL4",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "84",
      "id_str" : "1700053500000000002",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700053500000000002",
      "created_at" : "Tue Sep 08 22:42:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Parque Las Palmas. More: https://t.co/MGs4Oq7CL4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053500000000003"
          ],
          "editableUntil" : "2026-09-14T23:35:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/159lmE6SGm",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
            "display_url" : "www.harborpoint.example.o…",
            "indices" : [
              "117",
              "140"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "23",
      "id_str" : "1700053500000000003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700053500000000003",
      "created_at" : "Mon Sep 14 22:35:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on Harbor Way. Report sideshow activity to the non-emergency line. More: https://t.co/159lmE6SGm",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053500000000004"
          ],
          "editableUntil" : "2026-09-21T18:15:22.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "4",
      "id_str" : "1700053500000000004",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700053500000000004",
      "created_at" : "Mon Sep 21 17:15:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053500000000005"
          ],
          "editableUntil" : "2026-09-25T16:29:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/EvShmB3Y5i",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
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
      "favorite_count" : "37",
      "id_str" : "1700053500000000005",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700053500000000005",
      "created_at" : "Fri Sep 25 15:29:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/EvShmB3Y5i",
      "lang" : "en"
    }
  }
]
