window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050000000000003"
          ],
          "editableUntil" : "2023-10-12T18:17:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/AAzgQOFQsO",
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
      "favorite_count" : "70",
      "id_str" : "1700050000000000003",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700050000000000003",
      "created_at" : "Thu Oct 12 17:17:08 +0000 2023",
      "favorited" : false,
      "full_text" : "Council will hear an update on the sideshow ordinance and spectator citations. More: https://t.co/AAzgQOFQsO",
      "lang" : "en",
      "deleted_at" : "Thu Oct 12 20:17:08 +0000 2023"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700050500000000004"
          ],
          "editableUntil" : "2024-03-15T02:21:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/YQqq0jBhG-",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
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
      "favorite_count" : "44",
      "id_str" : "1700050500000000004",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1700050500000000004",
      "created_at" : "Fri Mar 15 01:21:29 +0000 2024",
      "favorited" : false,
      "full_text" : "Join us for Coffee with a Cop at Café Lumière on Pacific Ave on Saturday morning. (external link) https://t.co/YQqq0jBhG-",
      "lang" : "en",
      "deleted_at" : "Fri Mar 15 04:21:29 +0000 2024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700051790000000001"
          ],
          "editableUntil" : "2025-03-11T18:00:00.000Z",
          "editsRemaining" : "5",
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
        "53"
      ],
      "favorite_count" : "66",
      "id_str" : "1700051790000000001",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1700051790000000001",
      "created_at" : "Tue Mar 11 17:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Correction to follow: wrong date in the earlier post.",
      "lang" : "en",
      "deleted_at" : "Tue Mar 11 20:00:00 +0000 2025"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700052800000000004"
          ],
          "editableUntil" : "2026-02-17T02:02:59.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "30",
      "id_str" : "1700052800000000004",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700052800000000004",
      "created_at" : "Tue Feb 17 01:02:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Oak Grove Regional Park.",
      "lang" : "en",
      "deleted_at" : "Tue Feb 17 04:02:59 +0000 2026"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700053500000000001"
          ],
          "editableUntil" : "2026-09-02T20:00:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/JHWcDOyNAq",
            "expanded_url" : "https://www.cal-parks.example.com/grants",
            "display_url" : "www.cal-parks.example.com…",
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
      "favorite_count" : "17",
      "id_str" : "1700053500000000001",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1700053500000000001",
      "created_at" : "Wed Sep 02 19:00:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Officers from the traffic unit will run a bicycle safety rodeo at Harbor Point Marina Green. (external link) https://t.co/JHWcDOyNAq",
      "lang" : "en",
      "deleted_at" : "Wed Sep 02 22:00:15 +0000 2026"
    }
  }
]
