window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700090300000000004"
          ],
          "editableUntil" : "2024-01-22T23:17:09.000Z",
          "editsRemaining" : "5",
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
      "favorite_count" : "38",
      "id_str" : "1700090300000000004",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1700090300000000004",
      "created_at" : "Mon Jan 22 22:17:09 +0000 2024",
      "favorited" : false,
      "full_text" : "Pothole crews repaired 140 potholes this week, including on Oak Grove Rd. Report one with the Harbor Point Connect app.",
      "lang" : "en",
      "deleted_at" : "Tue Jan 23 01:17:09 +0000 2024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091000000000004"
          ],
          "editableUntil" : "2024-08-16T20:29:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/smKAN0AvAZ",
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
      "favorite_count" : "74",
      "id_str" : "1700091000000000004",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700091000000000004",
      "created_at" : "Fri Aug 16 19:29:14 +0000 2024",
      "favorited" : false,
      "full_text" : "Pothole crews repaired 140 potholes this week, including on Miner Ave. Report one with the Harbor Point Connect app. More: https://t.co/smKAN0AvAZ",
      "lang" : "en",
      "deleted_at" : "Fri Aug 16 22:29:14 +0000 2024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700091790000000001"
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
      "favorite_count" : "80",
      "id_str" : "1700091790000000001",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1700091790000000001",
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
            "1700093100000000005"
          ],
          "editableUntil" : "2026-05-18T18:53:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/6GprzzeMWP",
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
      "favorite_count" : "94",
      "id_str" : "1700093100000000005",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700093100000000005",
      "created_at" : "Mon May 18 17:53:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Crews are repairing a water main on Harbor Way. Expect low pressure until 5 p.m. More: https://t.co/6GprzzeMWP",
      "lang" : "en",
      "deleted_at" : "Mon May 18 20:53:13 +0000 2026"
    }
  }
]
