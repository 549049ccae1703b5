window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021300000000004"
          ],
          "editableUntil" : "2024-11-08T15:46:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ZEFk6rOwP6",
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
      "favorite_count" : "74",
      "id_str" : "1700021300000000004",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700021300000000004",
      "created_at" : "Fri Nov 08 14:46:15 +0000 2024",
      "favorited" : false,
      "full_text" : "The permit counter at City Hall is open 8 a.m. to 4 p.m. on weekdays. Many permits can be applied for online. More: https://t.co/ZEFk6rOwP6",
      "lang" : "en",
      "deleted_at" : "Fri Nov 08 17:46:15 +0000 2024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021700000000002"
          ],
          "editableUntil" : "2025-03-11T17:07:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/m9KMFzb8ps",
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
      "favorite_count" : "66",
      "id_str" : "1700021700000000002",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1700021700000000002",
      "created_at" : "Tue Mar 11 16:07:57 +0000 2025",
      "favorited" : false,
      "full_text" : "The City Council meets Saturday at 5:30 p.m. Agenda items include the downtown parking ordinance and the Harbor Point Marina Green master plan. More: https://t.co/m9KMFzb8ps",
      "lang" : "en",
      "deleted_at" : "Tue Mar 11 19:07:57 +0000 2025"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700021790000000001"
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
      "favorite_count" : "71",
      "id_str" : "1700021790000000001",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1700021790000000001",
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
            "1700023000000000003"
          ],
          "editableUntil" : "2026-04-11T01:02:25.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "70",
      "id_str" : "1700023000000000003",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700023000000000003",
      "created_at" : "Sat Apr 11 00:02:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us for the Día de los Muertos celebration at Café Lumière on Pacific Ave.",
      "lang" : "en",
      "deleted_at" : "Sat Apr 11 03:02:25 +0000 2026"
    }
  }
]
