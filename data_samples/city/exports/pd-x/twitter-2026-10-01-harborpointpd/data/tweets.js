window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050000000000001"
          ],
          "editableUntil" : "2023-10-03T19:34:36.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "28",
      "id_str" : "1700050000000000001",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700050000000000001",
      "created_at" : "Tue Oct 03 18:34:36 +0000 2023",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Café Lumière on Pacific Ave on Wednesday morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050000000000002"
          ],
          "editableUntil" : "2023-10-10T21:02:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/FEoGu1hAvb",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
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
      "favorite_count" : "27",
      "id_str" : "1700050000000000002",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700050000000000002",
      "created_at" : "Tue Oct 10 20:02:49 +0000 2023",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. (external link) https://t.co/FEoGu1hAvb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050000000000004"
          ],
          "editableUntil" : "2023-10-19T16:18:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/sk5y-a3wmf",
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
      "favorite_count" : "32",
      "id_str" : "1700050000000000004",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700050000000000004",
      "created_at" : "Thu Oct 19 15:18:23 +0000 2023",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. (external link) https://t.co/sk5y-a3wmf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050000000000005"
          ],
          "editableUntil" : "2023-10-26T21:26:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/4ePrBfrmYn",
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
      "favorite_count" : "72",
      "id_str" : "1700050000000000005",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700050000000000005",
      "created_at" : "Thu Oct 26 20:26:18 +0000 2023",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at El Dorado St and Pacific Ave last night. More: https://t.co/4ePrBfrmYn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050100000000001"
          ],
          "editableUntil" : "2023-11-02T19:15:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/hsBx3J8ifU",
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
      "favorite_count" : "20",
      "id_str" : "1700050100000000001",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700050100000000001",
      "created_at" : "Thu Nov 02 18:15:13 +0000 2023",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Louis Park. More: https://t.co/hsBx3J8ifU",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050100000000002"
          ],
          "editableUntil" : "2023-11-09T16:18:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/9H94_UrNGp",
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
      "favorite_count" : "44",
      "id_str" : "1700050100000000002",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700050100000000002",
      "created_at" : "Thu Nov 09 15:18:01 +0000 2023",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Main Library on Monday morning. More: https://t.co/9H94_UrNGp",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050100000000003"
          ],
          "editableUntil" : "2023-11-15T17:48:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/l2z4MuuLWC",
            "expanded_url" : "https://www.valleytransit.example.com/routes",
            "display_url" : "www.valleytransit.example…",
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
      "favorite_count" : "46",
      "id_str" : "1700050100000000003",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700050100000000003",
      "created_at" : "Wed Nov 15 16:48:41 +0000 2023",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at McKinley Park. (external link) https://t.co/l2z4MuuLWC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050100000000004"
          ],
          "editableUntil" : "2023-11-17T00:38:25.000Z",
          "editsRemaining" : "5",
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
        "87"
      ],
      "favorite_count" : "58",
      "id_str" : "1700050100000000004",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700050100000000004",
      "created_at" : "Thu Nov 16 23:38:25 +0000 2023",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Weber Ave and Hammer Lane last night.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050100000000005"
          ],
          "editableUntil" : "2023-11-17T17:53:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/GfQrOrPbJv",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
            "display_url" : "www.harborpoint.example.o…",
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
      "favorite_count" : "91",
      "id_str" : "1700050100000000005",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700050100000000005",
      "created_at" : "Fri Nov 17 16:53:46 +0000 2023",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Weber Ave and Miner Ave last night. More: https://t.co/GfQrOrPbJv",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050100000000006"
          ],
          "editableUntil" : "2023-11-23T01:14:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/gu4_ty5Lgb",
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
      "favorite_count" : "13",
      "id_str" : "1700050100000000006",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700050100000000006",
      "created_at" : "Thu Nov 23 00:14:02 +0000 2023",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. More: https://t.co/gu4_ty5Lgb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050100000000007"
          ],
          "editableUntil" : "2023-11-25T00:50:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/4OE8h91Yvm",
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
      "favorite_count" : "35",
      "id_str" : "1700050100000000007",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700050100000000007",
      "created_at" : "Fri Nov 24 23:50:55 +0000 2023",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Miner Ave and Harbor Way last night. More: https://t.co/4OE8h91Yvm",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050100000000008"
          ],
          "editableUntil" : "2023-11-27T23:10:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Hf9kt1qtBD",
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
      "favorite_count" : "66",
      "id_str" : "1700050100000000008",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700050100000000008",
      "created_at" : "Mon Nov 27 22:10:23 +0000 2023",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. More: https://t.co/Hf9kt1qtBD",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050100000000009"
          ],
          "editableUntil" : "2023-11-30T16:14:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/c2pFfKITpd",
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
      "favorite_count" : "65",
      "id_str" : "1700050100000000009",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700050100000000009",
      "created_at" : "Thu Nov 30 15:14:28 +0000 2023",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at El Dorado St and Pacific Ave last night. More: https://t.co/c2pFfKITpd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050200000000001"
          ],
          "editableUntil" : "2023-12-06T21:56:41.000Z",
          "editsRemaining" : "5",
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
        "111"
      ],
      "favorite_count" : "55",
      "id_str" : "1700050200000000001",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700050200000000001",
      "created_at" : "Wed Dec 06 20:56:41 +0000 2023",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on Hammer Lane. Report sideshow activity to the non-emergency line.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050200000000002"
          ],
          "editableUntil" : "2023-12-08T16:36:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/JuifdDr_xS",
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
      "favorite_count" : "91",
      "id_str" : "1700050200000000002",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700050200000000002",
      "created_at" : "Fri Dec 08 15:36:43 +0000 2023",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. More: https://t.co/JuifdDr_xS",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050200000000003"
          ],
          "editableUntil" : "2023-12-13T19:49:36.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "28",
      "id_str" : "1700050200000000003",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700050200000000003",
      "created_at" : "Wed Dec 13 18:49:36 +0000 2023",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on Calle Sonora. Report sideshow activity to the non-emergency line.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050200000000004"
          ],
          "editableUntil" : "2023-12-18T19:25:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/2YUxzeE62f",
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
      "favorite_count" : "37",
      "id_str" : "1700050200000000004",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700050200000000004",
      "created_at" : "Mon Dec 18 18:25:57 +0000 2023",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on Harbor Way. Report sideshow activity to the non-emergency line. More: https://t.co/2YUxzeE62f",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050200000000005"
          ],
          "editableUntil" : "2023-12-21T20:26:19.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "45",
      "id_str" : "1700050200000000005",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700050200000000005",
      "created_at" : "Thu Dec 21 19:26:19 +0000 2023",
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
            "1700050200000000006"
          ],
          "editableUntil" : "2023-12-29T01:44:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Z9cTfeUuj9",
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
      "favorite_count" : "78",
      "id_str" : "1700050200000000006",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700050200000000006",
      "created_at" : "Fri Dec 29 00:44:23 +0000 2023",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on Center St. Report sideshow activity to the non-emergency line. More: https://t.co/Z9cTfeUuj9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050300000000001"
          ],
          "editableUntil" : "2024-01-02T20:56:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/_X2t4X02Qd",
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
      "favorite_count" : "33",
      "id_str" : "1700050300000000001",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700050300000000001",
      "created_at" : "Tue Jan 02 19:56:15 +0000 2024",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. More: https://t.co/_X2t4X02Qd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050300000000002"
          ],
          "editableUntil" : "2024-01-05T23:29:54.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "8",
      "id_str" : "1700050300000000002",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700050300000000002",
      "created_at" : "Fri Jan 05 22:29:54 +0000 2024",
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
            "1700050300000000003"
          ],
          "editableUntil" : "2024-01-13T00:43:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/nEcdanc6ja",
            "expanded_url" : "https://www.valleytransit.example.com/routes",
            "display_url" : "www.valleytransit.example…",
            "indices" : [
              "129",
              "152"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "48",
      "id_str" : "1700050300000000003",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700050300000000003",
      "created_at" : "Fri Jan 12 23:43:14 +0000 2024",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on Oak Grove Rd. Report sideshow activity to the non-emergency line. (external link) https://t.co/nEcdanc6ja",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050300000000004"
          ],
          "editableUntil" : "2024-01-17T17:23:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/8peb7-cSxV",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "20",
      "id_str" : "1700050300000000004",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700050300000000004",
      "created_at" : "Wed Jan 17 16:23:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Main Library on Saturday morning. More: https://t.co/8peb7-cSxV",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050300000000005"
          ],
          "editableUntil" : "2024-01-24T02:35:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/x9GBBJgq4l",
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
      "favorite_count" : "46",
      "id_str" : "1700050300000000005",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700050300000000005",
      "created_at" : "Wed Jan 24 01:35:54 +0000 2024",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/x9GBBJgq4l",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050300000000006"
          ],
          "editableUntil" : "2024-01-30T20:49:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/bNVXUxGXHp",
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
      "favorite_count" : "48",
      "id_str" : "1700050300000000006",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700050300000000006",
      "created_at" : "Tue Jan 30 19:49:23 +0000 2024",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. More: https://t.co/bNVXUxGXHp",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050300000000007"
          ],
          "editableUntil" : "2024-01-31T18:14:15.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "48",
      "id_str" : "1700050300000000007",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700050300000000007",
      "created_at" : "Wed Jan 31 17:14:15 +0000 2024",
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
            "1700050400000000001"
          ],
          "editableUntil" : "2024-02-02T22:28:29.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "38",
      "id_str" : "1700050400000000001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700050400000000001",
      "created_at" : "Fri Feb 02 21:28:29 +0000 2024",
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
            "1700050400000000002"
          ],
          "editableUntil" : "2024-02-08T23:13:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Xk6yZonoRF",
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
      "favorite_count" : "5",
      "id_str" : "1700050400000000002",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700050400000000002",
      "created_at" : "Thu Feb 08 22:13:56 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Café Lumière on Pacific Ave on Monday morning. More: https://t.co/Xk6yZonoRF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050400000000003"
          ],
          "editableUntil" : "2024-02-12T20:58:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Z2ji0AI6cu",
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
      "favorite_count" : "41",
      "id_str" : "1700050400000000003",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700050400000000003",
      "created_at" : "Mon Feb 12 19:58:01 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at City Hall Plaza on Thursday morning. (external link) https://t.co/Z2ji0AI6cu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050400000000004"
          ],
          "editableUntil" : "2024-02-19T22:22:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/GRj3C5cyNR",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "87",
      "id_str" : "1700050400000000004",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700050400000000004",
      "created_at" : "Mon Feb 19 21:22:49 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Café Lumière on Pacific Ave on Saturday morning. More: https://t.co/GRj3C5cyNR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050400000000005"
          ],
          "editableUntil" : "2024-02-24T02:46:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/AYmBbRhMoh",
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
      "id_str" : "1700050400000000005",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700050400000000005",
      "created_at" : "Sat Feb 24 01:46:51 +0000 2024",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/AYmBbRhMoh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050500000000001"
          ],
          "editableUntil" : "2024-03-06T02:27:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/0TFyexQK9f",
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
      "id_str" : "1700050500000000001",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700050500000000001",
      "created_at" : "Wed Mar 06 01:27:15 +0000 2024",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/0TFyexQK9f",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050500000000002"
          ],
          "editableUntil" : "2024-03-06T20:44:29.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "30",
      "id_str" : "1700050500000000002",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700050500000000002",
      "created_at" : "Wed Mar 06 19:44:29 +0000 2024",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Weber Ave and El Dorado St last night.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050500000000003"
          ],
          "editableUntil" : "2024-03-08T00:51:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Ql_UmQt9MZ",
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
      "favorite_count" : "5",
      "id_str" : "1700050500000000003",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700050500000000003",
      "created_at" : "Thu Mar 07 23:51:30 +0000 2024",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on Center St. Report sideshow activity to the non-emergency line. More: https://t.co/Ql_UmQt9MZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050500000000005"
          ],
          "editableUntil" : "2024-03-18T20:26:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/WQOpZPBEiv",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
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
      "favorite_count" : "50",
      "id_str" : "1700050500000000005",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700050500000000005",
      "created_at" : "Mon Mar 18 19:26:16 +0000 2024",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at March Lane and Pacific Ave last night. (external link) https://t.co/WQOpZPBEiv",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050500000000006"
          ],
          "editableUntil" : "2024-03-25T17:56:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/l69TtlVrsY",
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
      "favorite_count" : "19",
      "id_str" : "1700050500000000006",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700050500000000006",
      "created_at" : "Mon Mar 25 16:56:11 +0000 2024",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. More: https://t.co/l69TtlVrsY",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050500000000007"
          ],
          "editableUntil" : "2024-03-27T19:42:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/kPCA_TSKBg",
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
      "id_str" : "1700050500000000007",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700050500000000007",
      "created_at" : "Wed Mar 27 18:42:23 +0000 2024",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/kPCA_TSKBg",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050500000000012"
          ],
          "editableUntil" : "2024-03-26T20:28:46.000Z",
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
            "name" : "Kai Ortiz",
            "screen_name" : "kai_ortiz179",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1401420986",
            "id" : "1401420986"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "94",
      "id_str" : "1700050500000000012",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700050500000000012",
      "created_at" : "Tue Mar 26 19:28:46 +0000 2024",
      "favorited" : false,
      "full_text" : "@kai_ortiz179 Good question. The work is planned to finish by the end of the month.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700050500000000011",
      "in_reply_to_status_id" : "1700050500000000011",
      "in_reply_to_user_id_str" : "1401420986",
      "in_reply_to_user_id" : "1401420986",
      "in_reply_to_screen_name" : "kai_ortiz179"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050600000000001"
          ],
          "editableUntil" : "2024-04-08T20:05:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/E9eOgt_ZNh",
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
      "favorite_count" : "38",
      "id_str" : "1700050600000000001",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700050600000000001",
      "created_at" : "Mon Apr 08 19:05:46 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at City Hall Plaza on Wednesday morning. More: https://t.co/E9eOgt_ZNh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050600000000002"
          ],
          "editableUntil" : "2024-04-16T00:54:40.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "31",
      "id_str" : "1700050600000000002",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700050600000000002",
      "created_at" : "Mon Apr 15 23:54:40 +0000 2024",
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
            "1700050600000000003"
          ],
          "editableUntil" : "2024-04-22T19:46:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/53XKQ6KQvU",
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
      "favorite_count" : "36",
      "id_str" : "1700050600000000003",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700050600000000003",
      "created_at" : "Mon Apr 22 18:46:15 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at City Hall Plaza on Saturday morning. More: https://t.co/53XKQ6KQvU",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050600000000004"
          ],
          "editableUntil" : "2024-04-29T17:43:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/UZ390Begsf",
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
      "favorite_count" : "9",
      "id_str" : "1700050600000000004",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700050600000000004",
      "created_at" : "Mon Apr 29 16:43:07 +0000 2024",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/UZ390Begsf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050600000000006"
          ],
          "editableUntil" : "2024-04-09T18:11:53.000Z",
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
        "113"
      ],
      "favorite_count" : "51",
      "id_str" : "1700050600000000006",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700050600000000006",
      "created_at" : "Tue Apr 09 17:11:53 +0000 2024",
      "favorited" : false,
      "full_text" : "@fatima_sandoval144 Thanks for asking! The latest schedule is on our website: https://www.harborpoint.example.org",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700050600000000005",
      "in_reply_to_status_id" : "1700050600000000005",
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
            "1700050600000000011"
          ],
          "editableUntil" : "2024-04-09T22:11:21.000Z",
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
        "108"
      ],
      "favorite_count" : "61",
      "id_str" : "1700050600000000011",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700050600000000011",
      "created_at" : "Tue Apr 09 21:11:21 +0000 2024",
      "favorited" : false,
      "full_text" : "@marcus_davis1 Thanks for asking! The latest schedule is on our website: https://www.harborpoint.example.org",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700050600000000010",
      "in_reply_to_status_id" : "1700050600000000010",
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
            "1700050700000000001"
          ],
          "editableUntil" : "2024-05-01T15:40:36.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "46",
      "id_str" : "1700050700000000001",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700050700000000001",
      "created_at" : "Wed May 01 14:40:36 +0000 2024",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Harbor Way and Hammer Lane last night.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050700000000002"
          ],
          "editableUntil" : "2024-05-07T15:31:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/l1V6TXK24s",
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
      "favorite_count" : "53",
      "id_str" : "1700050700000000002",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700050700000000002",
      "created_at" : "Tue May 07 14:31:48 +0000 2024",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Louis Park. More: https://t.co/l1V6TXK24s",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050700000000003"
          ],
          "editableUntil" : "2024-05-09T17:23:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/BXtcaPeLQw",
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
      "favorite_count" : "88",
      "id_str" : "1700050700000000003",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700050700000000003",
      "created_at" : "Thu May 09 16:23:12 +0000 2024",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at McKinley Park. More: https://t.co/BXtcaPeLQw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050700000000004"
          ],
          "editableUntil" : "2024-05-14T01:56:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/KjHYIxrafZ",
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
      "favorite_count" : "22",
      "id_str" : "1700050700000000004",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700050700000000004",
      "created_at" : "Tue May 14 00:56:02 +0000 2024",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on March Lane. Report sideshow activity to the non-emergency line. More: https://t.co/KjHYIxrafZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050700000000005"
          ],
          "editableUntil" : "2024-05-14T17:10:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/SvEIaP-Px7",
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
      "favorite_count" : "63",
      "id_str" : "1700050700000000005",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700050700000000005",
      "created_at" : "Tue May 14 16:10:59 +0000 2024",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Parque Las Palmas. More: https://t.co/SvEIaP-Px7",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050700000000006"
          ],
          "editableUntil" : "2024-05-16T23:16:02.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "83",
      "id_str" : "1700050700000000006",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700050700000000006",
      "created_at" : "Thu May 16 22:16:02 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at City Hall Plaza on Tuesday morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050700000000007"
          ],
          "editableUntil" : "2024-05-20T22:59:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/BUvjD4vTDi",
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
      "favorite_count" : "25",
      "id_str" : "1700050700000000007",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700050700000000007",
      "created_at" : "Mon May 20 21:59:32 +0000 2024",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/BUvjD4vTDi",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050700000000008"
          ],
          "editableUntil" : "2024-05-21T15:31:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/K0d-2ePwO2",
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
      "favorite_count" : "8",
      "id_str" : "1700050700000000008",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700050700000000008",
      "created_at" : "Tue May 21 14:31:42 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Civic Auditorium on Tuesday morning. More: https://t.co/K0d-2ePwO2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050700000000009"
          ],
          "editableUntil" : "2024-05-23T19:33:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/we810gds-D",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
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
      "favorite_count" : "40",
      "id_str" : "1700050700000000009",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700050700000000009",
      "created_at" : "Thu May 23 18:33:42 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Main Library on Saturday morning. (external link) https://t.co/we810gds-D",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050700000000010"
          ],
          "editableUntil" : "2024-05-29T00:42:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/4tsiwDMILs",
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
      "favorite_count" : "20",
      "id_str" : "1700050700000000010",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700050700000000010",
      "created_at" : "Tue May 28 23:42:14 +0000 2024",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on Center St. Report sideshow activity to the non-emergency line. More: https://t.co/4tsiwDMILs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050700000000011"
          ],
          "editableUntil" : "2024-05-29T15:57:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ciJHBQodA-",
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
      "favorite_count" : "44",
      "id_str" : "1700050700000000011",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700050700000000011",
      "created_at" : "Wed May 29 14:57:01 +0000 2024",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. More: https://t.co/ciJHBQodA-",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050700000000012"
          ],
          "editableUntil" : "2024-05-30T18:44:56.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "40",
      "id_str" : "1700050700000000012",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700050700000000012",
      "created_at" : "Thu May 30 17:44:56 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Civic Auditorium on Friday morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050800000000001"
          ],
          "editableUntil" : "2024-06-08T01:45:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/il7UYius8V",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
            "indices" : [
              "103",
              "126"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "35",
      "id_str" : "1700050800000000001",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700050800000000001",
      "created_at" : "Sat Jun 08 00:45:59 +0000 2024",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Harbor Way and Weber Ave last night. (external link) https://t.co/il7UYius8V",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050800000000002"
          ],
          "editableUntil" : "2024-06-10T21:13:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/EMyYypjeNG",
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
      "favorite_count" : "17",
      "id_str" : "1700050800000000002",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700050800000000002",
      "created_at" : "Mon Jun 10 20:13:23 +0000 2024",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on Weber Ave. Report sideshow activity to the non-emergency line. More: https://t.co/EMyYypjeNG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050800000000003"
          ],
          "editableUntil" : "2024-06-13T18:27:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/PzNoj2xVyJ",
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
      "favorite_count" : "78",
      "id_str" : "1700050800000000003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700050800000000003",
      "created_at" : "Thu Jun 13 17:27:51 +0000 2024",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/PzNoj2xVyJ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050800000000004"
          ],
          "editableUntil" : "2024-06-14T20:53:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/bh9p22g6Pz",
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
      "favorite_count" : "64",
      "id_str" : "1700050800000000004",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700050800000000004",
      "created_at" : "Fri Jun 14 19:53:25 +0000 2024",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Louis Park. More: https://t.co/bh9p22g6Pz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050800000000005"
          ],
          "editableUntil" : "2024-06-20T20:06:20.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "82",
      "id_str" : "1700050800000000005",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700050800000000005",
      "created_at" : "Thu Jun 20 19:06:20 +0000 2024",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on Weber Ave. Report sideshow activity to the non-emergency line.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050800000000006"
          ],
          "editableUntil" : "2024-06-24T16:28:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Ys6lYZU3Xw",
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
      "favorite_count" : "86",
      "id_str" : "1700050800000000006",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700050800000000006",
      "created_at" : "Mon Jun 24 15:28:49 +0000 2024",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Harbor Way and El Dorado St last night. More: https://t.co/Ys6lYZU3Xw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050900000000001"
          ],
          "editableUntil" : "2024-07-08T15:32:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/cE8sQLdone",
            "expanded_url" : "https://www.harborpoint.example.org/police",
            "display_url" : "www.harborpoint.example.o…",
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
      "favorite_count" : "64",
      "id_str" : "1700050900000000001",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700050900000000001",
      "created_at" : "Mon Jul 08 14:32:37 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Señor Frog Taquería parking lot on Saturday morning. More: https://t.co/cE8sQLdone",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050900000000002"
          ],
          "editableUntil" : "2024-07-13T00:07:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/7ALC6Y2U04",
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
      "favorite_count" : "19",
      "id_str" : "1700050900000000002",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700050900000000002",
      "created_at" : "Fri Jul 12 23:07:03 +0000 2024",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on Harbor Way. Report sideshow activity to the non-emergency line. (external link) https://t.co/7ALC6Y2U04",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050900000000003"
          ],
          "editableUntil" : "2024-07-20T01:36:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/DnaT4fyLmG",
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
      "id_str" : "1700050900000000003",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700050900000000003",
      "created_at" : "Sat Jul 20 00:36:49 +0000 2024",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/DnaT4fyLmG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050900000000004"
          ],
          "editableUntil" : "2024-07-24T01:24:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/DZ050LEbBO",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
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
      "favorite_count" : "29",
      "id_str" : "1700050900000000004",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700050900000000004",
      "created_at" : "Wed Jul 24 00:24:55 +0000 2024",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. (external link) https://t.co/DZ050LEbBO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050900000000005"
          ],
          "editableUntil" : "2024-07-30T00:07:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/hk6FKKZ6Ve",
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
      "favorite_count" : "49",
      "id_str" : "1700050900000000005",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700050900000000005",
      "created_at" : "Mon Jul 29 23:07:48 +0000 2024",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on Center St. Report sideshow activity to the non-emergency line. More: https://t.co/hk6FKKZ6Ve",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050900000000006"
          ],
          "editableUntil" : "2024-07-30T16:10:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/WjNU-CS80J",
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
      "favorite_count" : "39",
      "id_str" : "1700050900000000006",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700050900000000006",
      "created_at" : "Tue Jul 30 15:10:51 +0000 2024",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Harbor Point Marina Green. More: https://t.co/WjNU-CS80J",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051000000000001"
          ],
          "editableUntil" : "2024-08-01T21:41:52.000Z",
          "editsRemaining" : "5",
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
      "id_str" : "1700051000000000001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700051000000000001",
      "created_at" : "Thu Aug 01 20:41:52 +0000 2024",
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
            "1700051000000000002"
          ],
          "editableUntil" : "2024-08-08T16:09:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/9jPpWQD7Ug",
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
      "id_str" : "1700051000000000002",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700051000000000002",
      "created_at" : "Thu Aug 08 15:09:10 +0000 2024",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Louis Park. More: https://t.co/9jPpWQD7Ug",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051000000000003"
          ],
          "editableUntil" : "2024-08-13T00:33:06.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "65",
      "id_str" : "1700051000000000003",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700051000000000003",
      "created_at" : "Mon Aug 12 23:33:06 +0000 2024",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Louis Park.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051000000000004"
          ],
          "editableUntil" : "2024-08-13T16:09:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/FtkvtSVUrw",
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
      "favorite_count" : "16",
      "id_str" : "1700051000000000004",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700051000000000004",
      "created_at" : "Tue Aug 13 15:09:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/FtkvtSVUrw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051000000000005"
          ],
          "editableUntil" : "2024-08-15T01:57:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/YXyRlVfiBl",
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
      "favorite_count" : "82",
      "id_str" : "1700051000000000005",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700051000000000005",
      "created_at" : "Thu Aug 15 00:57:03 +0000 2024",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. More: https://t.co/YXyRlVfiBl",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051000000000006"
          ],
          "editableUntil" : "2024-08-15T17:27:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/XdDTLLuZMy",
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
      "favorite_count" : "24",
      "id_str" : "1700051000000000006",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700051000000000006",
      "created_at" : "Thu Aug 15 16:27:45 +0000 2024",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/XdDTLLuZMy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051000000000007"
          ],
          "editableUntil" : "2024-08-19T19:14:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/F3Q7Zgfn6l",
            "expanded_url" : "https://www.valleytransit.example.com/routes",
            "display_url" : "www.valleytransit.example…",
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
      "favorite_count" : "93",
      "id_str" : "1700051000000000007",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700051000000000007",
      "created_at" : "Mon Aug 19 18:14:07 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Main Library on Thursday morning. (external link) https://t.co/F3Q7Zgfn6l",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051000000000008"
          ],
          "editableUntil" : "2024-08-23T16:42:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/smnj7PK0Rk",
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
      "favorite_count" : "90",
      "id_str" : "1700051000000000008",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700051000000000008",
      "created_at" : "Fri Aug 23 15:42:17 +0000 2024",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. More: https://t.co/smnj7PK0Rk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051000000000009"
          ],
          "editableUntil" : "2024-08-29T23:55:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/vNmL3kyk38",
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
      "favorite_count" : "7",
      "id_str" : "1700051000000000009",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700051000000000009",
      "created_at" : "Thu Aug 29 22:55:38 +0000 2024",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/vNmL3kyk38",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051100000000001"
          ],
          "editableUntil" : "2024-09-06T00:38:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/n-UIp8fpRC",
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
      "favorite_count" : "27",
      "id_str" : "1700051100000000001",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700051100000000001",
      "created_at" : "Thu Sep 05 23:38:18 +0000 2024",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Weber Ave and Oak Grove Rd last night. More: https://t.co/n-UIp8fpRC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051100000000002"
          ],
          "editableUntil" : "2024-09-07T01:24:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/3MCVX4KiPx",
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
      "favorite_count" : "67",
      "id_str" : "1700051100000000002",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700051100000000002",
      "created_at" : "Sat Sep 07 00:24:31 +0000 2024",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. More: https://t.co/3MCVX4KiPx",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051100000000003"
          ],
          "editableUntil" : "2024-09-11T00:25:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/OoYhnvwwYS",
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
      "favorite_count" : "25",
      "id_str" : "1700051100000000003",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700051100000000003",
      "created_at" : "Tue Sep 10 23:25:06 +0000 2024",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. More: https://t.co/OoYhnvwwYS",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051100000000004"
          ],
          "editableUntil" : "2024-09-11T17:41:01.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "7",
      "id_str" : "1700051100000000004",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700051100000000004",
      "created_at" : "Wed Sep 11 16:41:01 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Señor Frog Taquería parking lot on Wednesday morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051100000000005"
          ],
          "editableUntil" : "2024-09-18T20:34:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/FGgQRcvpJl",
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
      "favorite_count" : "49",
      "id_str" : "1700051100000000005",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700051100000000005",
      "created_at" : "Wed Sep 18 19:34:02 +0000 2024",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on March Lane. Report sideshow activity to the non-emergency line. More: https://t.co/FGgQRcvpJl",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051100000000006"
          ],
          "editableUntil" : "2024-09-24T20:14:44.000Z",
          "editsRemaining" : "5",
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
        "92"
      ],
      "favorite_count" : "91",
      "id_str" : "1700051100000000006",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700051100000000006",
      "created_at" : "Tue Sep 24 19:14:44 +0000 2024",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Harbor Point Marina Green.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051200000000001"
          ],
          "editableUntil" : "2024-10-02T18:05:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/fiZAHHQRHF",
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
      "id_str" : "1700051200000000001",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700051200000000001",
      "created_at" : "Wed Oct 02 17:05:42 +0000 2024",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/fiZAHHQRHF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051200000000002"
          ],
          "editableUntil" : "2024-10-03T22:27:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/9OPIMHTZ5R",
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
      "favorite_count" : "6",
      "id_str" : "1700051200000000002",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700051200000000002",
      "created_at" : "Thu Oct 03 21:27:49 +0000 2024",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. More: https://t.co/9OPIMHTZ5R",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051200000000003"
          ],
          "editableUntil" : "2024-10-08T19:47:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/4HmuGllPse",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "94",
      "id_str" : "1700051200000000003",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700051200000000003",
      "created_at" : "Tue Oct 08 18:47:50 +0000 2024",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Oak Grove Regional Park. More: https://t.co/4HmuGllPse",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051200000000004"
          ],
          "editableUntil" : "2024-10-11T16:38:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Ysm1r0mosj",
            "expanded_url" : "https://www.harborpoint.example.org/sideshow",
            "display_url" : "www.harborpoint.example.o…",
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
      "favorite_count" : "66",
      "id_str" : "1700051200000000004",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700051200000000004",
      "created_at" : "Fri Oct 11 15:38:53 +0000 2024",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Center St and Weber Ave last night. More: https://t.co/Ysm1r0mosj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051200000000005"
          ],
          "editableUntil" : "2024-10-17T23:07:35.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "18",
      "id_str" : "1700051200000000005",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700051200000000005",
      "created_at" : "Thu Oct 17 22:07:35 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Main Library on Thursday morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051200000000006"
          ],
          "editableUntil" : "2024-10-18T22:29:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/IpVMdCN8SZ",
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
      "id_str" : "1700051200000000006",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700051200000000006",
      "created_at" : "Fri Oct 18 21:29:56 +0000 2024",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/IpVMdCN8SZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051200000000007"
          ],
          "editableUntil" : "2024-10-26T01:40:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/bShk0uEC8h",
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
      "favorite_count" : "42",
      "id_str" : "1700051200000000007",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700051200000000007",
      "created_at" : "Sat Oct 26 00:40:04 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Café Lumière on Pacific Ave on Monday morning. (external link) https://t.co/bShk0uEC8h",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051200000000008"
          ],
          "editableUntil" : "2024-10-29T20:35:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/wweERt2p2J",
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
      "favorite_count" : "61",
      "id_str" : "1700051200000000008",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700051200000000008",
      "created_at" : "Tue Oct 29 19:35:09 +0000 2024",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/wweERt2p2J",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051200000000009"
          ],
          "editableUntil" : "2024-10-31T19:07:00.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "51",
      "id_str" : "1700051200000000009",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700051200000000009",
      "created_at" : "Thu Oct 31 18:07:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Civic Auditorium on Friday morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051200000000013"
          ],
          "editableUntil" : "2024-10-28T18:02:48.000Z",
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
            "name" : "Isabella Morales",
            "screen_name" : "isabella_morales85",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "1400677334",
            "id" : "1400677334"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "42",
      "id_str" : "1700051200000000013",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700051200000000013",
      "created_at" : "Mon Oct 28 17:02:48 +0000 2024",
      "favorited" : false,
      "full_text" : "@isabella_morales85 Yes, it will be open. Details are at https://www.harborpoint.example.org/events",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700051200000000012",
      "in_reply_to_status_id" : "1700051200000000012",
      "in_reply_to_user_id_str" : "1400677334",
      "in_reply_to_user_id" : "1400677334",
      "in_reply_to_screen_name" : "isabella_morales85"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051300000000001"
          ],
          "editableUntil" : "2024-11-08T00:27:29.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "21",
      "id_str" : "1700051300000000001",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700051300000000001",
      "created_at" : "Thu Nov 07 23:27:29 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Main Library on Wednesday morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051300000000002"
          ],
          "editableUntil" : "2024-11-11T16:10:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/gX90ljhEe8",
            "expanded_url" : "https://www.valleytransit.example.com/routes",
            "display_url" : "www.valleytransit.example…",
            "indices" : [
              "104",
              "127"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "55",
      "id_str" : "1700051300000000002",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700051300000000002",
      "created_at" : "Mon Nov 11 15:10:49 +0000 2024",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Miner Ave and Pacific Ave last night. (external link) https://t.co/gX90ljhEe8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051300000000003"
          ],
          "editableUntil" : "2024-11-18T21:17:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/BUpTjemHoR",
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
      "favorite_count" : "81",
      "id_str" : "1700051300000000003",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700051300000000003",
      "created_at" : "Mon Nov 18 20:17:02 +0000 2024",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Weber Ave and Hammer Lane last night. More: https://t.co/BUpTjemHoR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051300000000004"
          ],
          "editableUntil" : "2024-11-21T20:06:07.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "7",
      "id_str" : "1700051300000000004",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700051300000000004",
      "created_at" : "Thu Nov 21 19:06:07 +0000 2024",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on Calle Sonora. Report sideshow activity to the non-emergency line.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051300000000005"
          ],
          "editableUntil" : "2024-11-29T01:18:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/N7BWpCEKhp",
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
      "favorite_count" : "95",
      "id_str" : "1700051300000000005",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700051300000000005",
      "created_at" : "Fri Nov 29 00:18:48 +0000 2024",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Parque Las Palmas. More: https://t.co/N7BWpCEKhp",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051400000000001"
          ],
          "editableUntil" : "2024-12-06T22:48:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/6Zw7415pWl",
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
      "favorite_count" : "65",
      "id_str" : "1700051400000000001",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700051400000000001",
      "created_at" : "Fri Dec 06 21:48:57 +0000 2024",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. More: https://t.co/6Zw7415pWl",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051400000000002"
          ],
          "editableUntil" : "2024-12-09T22:44:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/vn7dY4L5Cd",
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
      "favorite_count" : "40",
      "id_str" : "1700051400000000002",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700051400000000002",
      "created_at" : "Mon Dec 09 21:44:07 +0000 2024",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/vn7dY4L5Cd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051400000000003"
          ],
          "editableUntil" : "2024-12-16T21:48:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/bGHYHDrsfM",
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
      "favorite_count" : "5",
      "id_str" : "1700051400000000003",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700051400000000003",
      "created_at" : "Mon Dec 16 20:48:34 +0000 2024",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Fremont St and Pacific Ave last night. More: https://t.co/bGHYHDrsfM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051400000000004"
          ],
          "editableUntil" : "2024-12-19T18:47:28.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "54",
      "id_str" : "1700051400000000004",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700051400000000004",
      "created_at" : "Thu Dec 19 17:47:28 +0000 2024",
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
            "1700051400000000005"
          ],
          "editableUntil" : "2024-12-25T01:09:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/OLVH4myWzr",
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
      "favorite_count" : "48",
      "id_str" : "1700051400000000005",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700051400000000005",
      "created_at" : "Wed Dec 25 00:09:24 +0000 2024",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. More: https://t.co/OLVH4myWzr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051400000000006"
          ],
          "editableUntil" : "2024-12-31T21:46:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/n3Jufo3FNZ",
            "expanded_url" : "https://www.valleytransit.example.com/routes",
            "display_url" : "www.valleytransit.example…",
            "indices" : [
              "104",
              "127"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "55",
      "id_str" : "1700051400000000006",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700051400000000006",
      "created_at" : "Tue Dec 31 20:46:20 +0000 2024",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Hammer Lane and Weber Ave last night. (external link) https://t.co/n3Jufo3FNZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051400000000013"
          ],
          "editableUntil" : "2024-12-17T20:47:30.000Z",
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
            "name" : "Björn Lopez",
            "screen_name" : "bjorn_lopez139",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1401101539",
            "id" : "1401101539"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "69",
      "id_str" : "1700051400000000013",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700051400000000013",
      "created_at" : "Tue Dec 17 19:47:30 +0000 2024",
      "favorited" : false,
      "full_text" : "@bjorn_lopez139 Yes, it will be open. Details are at https://www.harborpoint.example.org/events",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700051400000000012",
      "in_reply_to_status_id" : "1700051400000000012",
      "in_reply_to_user_id_str" : "1401101539",
      "in_reply_to_user_id" : "1401101539",
      "in_reply_to_screen_name" : "bjorn_lopez139"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051500000000001"
          ],
          "editableUntil" : "2025-01-01T18:50:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/J2fMST115P",
            "expanded_url" : "https://www.sjcog.example.com/regional-plan",
            "display_url" : "www.sjcog.example.com/reg…",
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
      "favorite_count" : "6",
      "id_str" : "1700051500000000001",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700051500000000001",
      "created_at" : "Wed Jan 01 17:50:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Main Library on Monday morning. (external link) https://t.co/J2fMST115P",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051500000000002"
          ],
          "editableUntil" : "2025-01-03T19:04:02.000Z",
          "editsRemaining" : "5",
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
        "87"
      ],
      "favorite_count" : "88",
      "id_str" : "1700051500000000002",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700051500000000002",
      "created_at" : "Fri Jan 03 18:04:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Officers impounded 6 vehicles after a sideshow at Harbor Way and Fremont St last night.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051500000000003"
          ],
          "editableUntil" : "2025-01-08T01:43:40.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "23",
      "id_str" : "1700051500000000003",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700051500000000003",
      "created_at" : "Wed Jan 08 00:43:40 +0000 2025",
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
            "1700051500000000004"
          ],
          "editableUntil" : "2025-01-14T00:08:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ImpxPa9Hjg",
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
      "favorite_count" : "78",
      "id_str" : "1700051500000000004",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700051500000000004",
      "created_at" : "Mon Jan 13 23:08:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at McKinley Park. More: https://t.co/ImpxPa9Hjg",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051500000000005"
          ],
          "editableUntil" : "2025-01-20T16:58:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/YUkewgGFEZ",
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
      "favorite_count" : "70",
      "id_str" : "1700051500000000005",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700051500000000005",
      "created_at" : "Mon Jan 20 15:58:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. More: https://t.co/YUkewgGFEZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051500000000006"
          ],
          "editableUntil" : "2025-01-27T18:51:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ML7iX1mhGI",
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
      "favorite_count" : "78",
      "id_str" : "1700051500000000006",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700051500000000006",
      "created_at" : "Mon Jan 27 17:51:48 +0000 2025",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. More: https://t.co/ML7iX1mhGI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051600000000001"
          ],
          "editableUntil" : "2025-02-07T17:23:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/KiyRzh9LGQ",
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
      "favorite_count" : "52",
      "id_str" : "1700051600000000001",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700051600000000001",
      "created_at" : "Fri Feb 07 16:23:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on Center St. Report sideshow activity to the non-emergency line. More: https://t.co/KiyRzh9LGQ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051600000000002"
          ],
          "editableUntil" : "2025-02-10T21:22:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/WVvhjqM-ZG",
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
      "favorite_count" : "89",
      "id_str" : "1700051600000000002",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700051600000000002",
      "created_at" : "Mon Feb 10 20:22:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Parque Las Palmas. More: https://t.co/WVvhjqM-ZG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051600000000003"
          ],
          "editableUntil" : "2025-02-18T00:15:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/uN-MP8KRzP",
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
      "favorite_count" : "92",
      "id_str" : "1700051600000000003",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700051600000000003",
      "created_at" : "Mon Feb 17 23:15:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. (external link) https://t.co/uN-MP8KRzP",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051600000000004"
          ],
          "editableUntil" : "2025-02-18T16:53:17.000Z",
          "editsRemaining" : "5",
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
      "id_str" : "1700051600000000004",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700051600000000004",
      "created_at" : "Tue Feb 18 15:53:17 +0000 2025",
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
            "1700051600000000005"
          ],
          "editableUntil" : "2025-02-19T20:58:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/B6_5AH568M",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "60",
      "id_str" : "1700051600000000005",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700051600000000005",
      "created_at" : "Wed Feb 19 19:58:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Oak Grove Regional Park. More: https://t.co/B6_5AH568M",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051600000000006"
          ],
          "editableUntil" : "2025-02-21T19:26:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/hINNJcAX9J",
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
      "favorite_count" : "63",
      "id_str" : "1700051600000000006",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700051600000000006",
      "created_at" : "Fri Feb 21 18:26:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Civic Auditorium on Saturday morning. More: https://t.co/hINNJcAX9J",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051600000000007"
          ],
          "editableUntil" : "2025-03-01T02:35:08.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "56",
      "id_str" : "1700051600000000007",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700051600000000007",
      "created_at" : "Sat Mar 01 01:35:08 +0000 2025",
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
            "1700051690000000001"
          ],
          "editableUntil" : "2025-02-17T18:00:00.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "39",
      "id_str" : "1700051690000000001",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700051690000000001",
      "created_at" : "Mon Feb 17 17:00:00 +0000 2025",
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
            "1700051700000000001"
          ],
          "editableUntil" : "2025-03-04T22:53:58.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "13",
      "id_str" : "1700051700000000001",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700051700000000001",
      "created_at" : "Tue Mar 04 21:53:58 +0000 2025",
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
            "1700051700000000002"
          ],
          "editableUntil" : "2025-03-05T18:34:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/OyHk00lEXn",
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
      "favorite_count" : "79",
      "id_str" : "1700051700000000002",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1700051700000000002",
      "created_at" : "Wed Mar 05 17:34:26 +0000 2025",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/OyHk00lEXn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051700000000003"
          ],
          "editableUntil" : "2025-03-11T20:32:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/hi7zSyXhqe",
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
      "favorite_count" : "2",
      "id_str" : "1700051700000000003",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700051700000000003",
      "created_at" : "Tue Mar 11 19:32:35 +0000 2025",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Harbor Point Marina Green. More: https://t.co/hi7zSyXhqe",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051700000000004"
          ],
          "editableUntil" : "2025-03-19T01:41:38.000Z",
          "editsRemaining" : "5",
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
        "111"
      ],
      "favorite_count" : "90",
      "id_str" : "1700051700000000004",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700051700000000004",
      "created_at" : "Wed Mar 19 00:41:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Sideshow enforcement continues this weekend on Pacific Ave. Report sideshow activity to the non-emergency line.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051700000000005"
          ],
          "editableUntil" : "2025-03-25T19:08:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/E7rP7mNj3K",
            "expanded_url" : "https://www.harborpoint.example.org/police",
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
      "favorite_count" : "80",
      "id_str" : "1700051700000000005",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1700051700000000005",
      "created_at" : "Tue Mar 25 18:08:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Main Library on Saturday morning. More: https://t.co/E7rP7mNj3K",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051700000000006"
          ],
          "editableUntil" : "2025-03-26T23:44:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/dsyp2OXF4r",
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
      "favorite_count" : "56",
      "id_str" : "1700051700000000006",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1700051700000000006",
      "created_at" : "Wed Mar 26 22:44:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Our community service officers are hiring. Learn about the job and apply online. More: https://t.co/dsyp2OXF4r",
      "lang" : "en"
    }
  }
]
